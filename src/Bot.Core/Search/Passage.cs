using Bot.Core.Time;

namespace Bot.Core.Search;

/// <summary>
/// A retrievable unit: a window of consecutive sentences of one article, with the dates
/// those sentences mention. <see cref="Id"/> is the passage's index in the corpus index.
/// </summary>
public sealed record Passage(int Id, string ArticleId, int FirstSentence, IReadOnlyList<string> Sentences, bool IsCaption)
{
    private readonly IReadOnlyList<DateMention>? _dates;

    // A holder, not a mutable field: a record's equality and hash read its fields, and must not
    // change when the dates are first read.
    private readonly WindowDates? _window;

    public Passage(int id, string articleId, int firstSentence, IReadOnlyList<string> sentences, IReadOnlyList<DateMention> dates, bool isCaption)
        : this(id, articleId, firstSentence, sentences, isCaption)
        => _dates = dates;

    /// <summary>A window of a built corpus: its dates are its sentences', read when first asked for.</summary>
    internal Passage(int id, IReadOnlyList<ArticleSentence> window, bool isCaption)
        : this(id, window[0].ArticleId, window[0].Index, Texts(window), isCaption)
        => _window = new WindowDates(window);

    public string Text => string.Join(' ', Sentences);

    public PassageKind Kind { get; init; } = IsCaption ? PassageKind.Caption : PassageKind.Body;

    /// <summary>The dates the passage's sentences mention, in order.</summary>
    public IReadOnlyList<DateMention> Dates => _dates ?? _window?.Dates ?? [];

    private static string[] Texts(IReadOnlyList<ArticleSentence> window)
    {
        var texts = new string[window.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = window[i].Text;
        }

        return texts;
    }

    private sealed class WindowDates(IReadOnlyList<ArticleSentence> window)
    {
        private IReadOnlyList<DateMention>? _dates;

        // Two readers may both compute the list; they compute the same one.
        public IReadOnlyList<DateMention> Dates => _dates ??= [.. window.SelectMany(s => s.Dates)];
    }
}

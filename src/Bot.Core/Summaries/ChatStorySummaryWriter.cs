using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Answers.Grounded;
using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Prompts;
using Bot.Core.Search;
using Bot.Core.Time;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Summaries;

/// <summary>
/// A story summary written by the chat model from the story's numbered articles (prompt
/// <c>summarize</c>), in Digest:Language. Its [n] markers are verified: markers to articles not
/// given are dropped, and so is a marker to an article that does not state the sentence's dates
/// and numbers (<see cref="CitedClaimCheck"/>, which works across languages); a sentence left
/// without a marker is not posted. A summary citing nothing, or any model fault, gives the
/// extractive summary instead.
/// </summary>
internal sealed partial class ChatStorySummaryWriter(
    Kernel kernel,
    IPromptFunctions prompts,
    IStorySummaryWriter fallback,
    string? language,
    ILogger<ChatStorySummaryWriter> logger) : IStorySummaryWriter
{
    /// <summary>Longest article text given to the model, in characters: a story of several articles stays within a small context.</summary>
    private const int MaxArticleCharacters = 2500;

    public async Task<StorySummary> WriteAsync(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? onlyFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(story);
        var extractive = await fallback.WriteAsync(knowledgeBase, story, onlyFrom, cancellationToken).ConfigureAwait(false);
        var sources = extractive.Sources;
        try
        {
            var arguments = new KernelArguments
            {
                ["language"] = LanguageName(language, sources, knowledgeBase),
                ["passages"] = sources.Select((a, i) => ArticleVariables(i + 1, a, knowledgeBase)).ToList(),
            };
            var response = await prompts.Get(PromptNames.Summarize).InvokeAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
            if (Parse(response.GetValue<ChatResponse>()?.Text, extractive, knowledgeBase) is { } written)
            {
                return written;
            }

            SummaryFellBack(logger, story.Id, "the summary cited none of the articles given");
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not PromptTemplateException)
        {
            SummaryFellBack(logger, story.Id, e.GetType().Name + ": " + e.Message);
        }

        return extractive;
    }

    /// <summary>A headline line, then sentences each keeping its verified markers; null when nothing valid is cited.</summary>
    private static StorySummary? Parse(string? text, StorySummary extractive, KnowledgeBase knowledgeBase)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = text.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2)
        {
            return null;
        }

        var verified = CitationVerifier.Verify(string.Join(' ', lines.Skip(1)), extractive.Sources.Count);
        if (verified.CitedPassages.Count == 0)
        {
            return null;
        }

        // Cited articles first, in order of first use, so that renumbered [n] point at them; the rest stay listed.
        var cited = verified.CitedPassages.Select(n => extractive.Sources[n - 1]).ToList();
        var sources = cited.Concat(extractive.Sources.Where(a => !cited.Contains(a))).ToList();
        var checks = sources.Select(a => new CitedClaimCheck(knowledgeBase, a)).ToList();
        var sentences = new List<SummarySentence>();
        foreach (var sentence in SentenceSplitter.Split(verified.Text))
        {
            var plain = Marker().Replace(sentence, "").Replace(" .", ".", StringComparison.Ordinal).Trim();
            var numbers = Marker().Matches(sentence)
                .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
                .Distinct()
                .Where(n => checks[n - 1].Supports(plain))
                .ToList();
            if (plain.Length > 0 && numbers.Count > 0)
            {
                sentences.Add(new SummarySentence(plain, sources[numbers[0] - 1].Id, numbers));
            }
        }

        if (sentences.Count == 0)
        {
            return null;
        }

        var headline = Marker().Replace(lines[0], "").Trim().Trim('*', '#', ' ');
        return extractive with
        {
            Headline = headline.Length > 0 ? headline : extractive.Headline,
            Sentences = sentences,
            Sources = sources,
        };
    }

    private static Dictionary<string, object?> ArticleVariables(int number, Article article, KnowledgeBase knowledgeBase)
    {
        var sentences = knowledgeBase.Sentences.TryGetValue(article.Id, out var s) ? s : [];
        var text = string.Join(' ', sentences.Where(x => x.Kind == PassageKind.Body).Select(x => x.Text));
        if (text.Length > MaxArticleCharacters)
        {
            text = text[..MaxArticleCharacters];
        }

        var dates = sentences.SelectMany(x => x.Dates)
            .Select(d => $"\"{d.Text}\" = {DateText.Format(d.Date, d.Granularity, TextLanguage.English)}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new(StringComparer.Ordinal)
        {
            ["n"] = number.ToString(CultureInfo.InvariantCulture),
            ["outlet"] = string.IsNullOrWhiteSpace(article.Outlet) ? "unknown" : article.Outlet,
            ["title"] = article.Title,
            ["published"] = article.Published is { } p ? DateText.Format(p.Date, DateGranularity.Day, TextLanguage.English) : "unknown",
            ["event_dates"] = dates.Count == 0 ? "none" : string.Join("; ", dates),
            ["text"] = text,
        };
    }

    /// <summary>Digest:Language when set ("id", "en"), else the language of the articles.</summary>
    private static string LanguageName(string? configured, IReadOnlyList<Article> sources, KnowledgeBase knowledgeBase) => configured switch
    {
        "id" => "Indonesian",
        "en" => "English",
        _ => LanguageDetector.Detect(string.Join(' ', sources.SelectMany(a => knowledgeBase.Sentences.TryGetValue(a.Id, out var s) ? s : []).Take(20).Select(x => x.Text))) == TextLanguage.English
            ? "English"
            : "Indonesian",
    };

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Marker();

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "The chat model's summary of story {StoryId} was not used ({Reason}); the extractive summary stands in.")]
    private static partial void SummaryFellBack(ILogger logger, string storyId, string reason);
}

using Bot.Core.Articles;
using Bot.Core.Language;

namespace Bot.Core.Answering.Metadata;

/// <summary>
/// Outlets a question names ("the TribunWow article", "CNN Indonesia's piece", "artikel Pos
/// Kota"): a run of up to four capitalized words whose letters are an outlet's name.
/// </summary>
internal static class OutletMentions
{
    private const int MaxWords = 4;

    /// <summary>The articles of every outlet the question names, and the question without those names.</summary>
    public static (IReadOnlyList<Article> Articles, string Remainder) Find(KnowledgeBase kb, string question)
    {
        var outlets = kb.Articles
            .Where(a => a.Outlet is not null)
            .GroupBy(a => OutletName.Key(a.Outlet!), StringComparer.Ordinal)
            .ToList();
        var tokens = Tokenizer.Tokenize(question).Where(t => t.Kind == TokenKind.Word).ToList();
        var articles = new List<Article>();
        var rest = question;
        for (var i = 0; i < tokens.Count; i++)
        {
            // A brand is written with a capital ("Suara", "TribunWow"); "suara" in lower case is a word.
            if (!char.IsUpper(tokens[i].Text[0]))
            {
                continue;
            }

            for (var n = Math.Min(MaxWords, tokens.Count - i); n >= 1; n--)
            {
                var run = tokens.GetRange(i, n);
                var written = OutletName.Key(string.Concat(run.Select(t => Possessive(t.Text))));
                var outlet = outlets.FirstOrDefault(g => OutletName.Matches(written, g.Key));
                if (outlet is null)
                {
                    continue;
                }

                articles.AddRange(outlet);
                var start = run[0].Start;
                var end = run[^1].Start + run[^1].Length;
                rest = rest[..start] + new string(' ', end - start) + rest[end..];
                i += n - 1;
                break;
            }
        }

        return (articles.Distinct().ToList(), rest);
    }

    private static string Possessive(string word)
        => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}

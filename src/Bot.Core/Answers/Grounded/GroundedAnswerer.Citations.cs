using System.Globalization;
using Bot.Core.Answering.Contracts;
using Bot.Core.Conversations;
using Bot.Core.Language;
using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Core.Answers.Grounded;

internal sealed partial class GroundedAnswerer
{
    /// <summary>Shortest word that counts when matching a claim to a passage sentence; shorter ones are mostly function words.</summary>
    private const int MinimumMatchingWordLength = 3;

    /// <summary>A sentence stating the claimed date outweighs a few shared names: dates are what answers about "when" rest on.</summary>
    private const int ClaimedDateWeight = 5;

    private List<Citation> Cite(VerifiedAnswerText verified, IReadOnlyList<SearchHit> hits)
    {
        var articles = ArticlesOf(hits);
        var answerSentences = SentenceSplitter.Split(verified.Text);
        var citations = new List<Citation>();
        for (var i = 0; i < verified.CitedPassages.Count; i++)
        {
            var number = i + 1;
            var passage = hits[verified.CitedPassages[i] - 1].Passage;
            var article = articles.GetValueOrDefault(passage.ArticleId);
            var marker = "[" + number.ToString(CultureInfo.InvariantCulture) + "]";
            var claim = string.Join(' ', answerSentences.Where(s => s.Contains(marker, StringComparison.Ordinal)));
            citations.Add(new Citation(
                number,
                passage.ArticleId,
                article?.Title ?? passage.ArticleId,
                article?.Outlet,
                article?.Published?.ToString(),
                BestQuote(passage, claim)));
        }

        return citations;
    }

    /// <summary>
    /// The passage sentence that best supports the claim citing it: shared words, and above all a
    /// date mention that resolves to a date the claim states (the first sentence on ties).
    /// </summary>
    private static string BestQuote(Passage passage, string claim)
    {
        if (passage.Sentences.Count == 0)
        {
            return passage.Text;
        }

        var claimWords = Words(claim);
        var claimDates = StatedDates.Read(claim).ToHashSet();
        var best = passage.Sentences[0];
        var bestScore = -1;
        foreach (var sentence in passage.Sentences)
        {
            var statesClaimedDate = passage.Dates.Any(d => claimDates.Contains(d.Date) && sentence.Contains(d.Text, StringComparison.Ordinal));
            var score = Words(sentence).Count(claimWords.Contains) + (statesClaimedDate ? ClaimedDateWeight : 0);
            if (score > bestScore)
            {
                best = sentence;
                bestScore = score;
            }
        }

        return best;
    }

    private static HashSet<string> Words(string text) => Tokenizer.Tokenize(text)
        .Where(t => t.Kind != TokenKind.Word || t.Length >= MinimumMatchingWordLength)
        .Select(t => t.Text.ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);
}

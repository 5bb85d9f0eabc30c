using System.Text;
using Bot.Bench.Corpus;
using Bot.Core.Search;

namespace Bot.Bench.Answering.Training;

/// <summary>Which sentences answer a QA item: those of its gold passage that contain one of its answer texts.</summary>
internal static class AnswerLabels
{
    public static bool Answers(QaItem item, ArticleSentence sentence)
    {
        if (!item.Answerable || !string.Equals(sentence.ArticleId, item.GoldPassageId, StringComparison.Ordinal))
        {
            return false;
        }

        var text = Fold(sentence.Text);
        return item.Answers.Any(a => Fold(a) is { Length: > 0 } answer && text.Contains(answer, StringComparison.Ordinal));
    }

    /// <summary>Letters and digits only, lower-cased: FacQA's answers are detokenised with spaces the passage may not have.</summary>
    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }
}

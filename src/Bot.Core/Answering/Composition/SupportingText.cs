using System.Text.RegularExpressions;
using Bot.Core.Search;

namespace Bot.Core.Answering.Composition;

/// <summary>
/// The text an answer quotes for a sentence: the sentence whole, and the one before it as well when
/// it opens by pointing back ("Hal itu …", "Ia …", "However, …"), since alone it would not say who or what.
/// </summary>
internal static partial class SupportingText
{
    public static string Of(KnowledgeBase kb, ArticleSentence sentence)
    {
        var text = sentence.Text.Trim();
        if (sentence.Index > 0 && kb.Sentences.TryGetValue(sentence.ArticleId, out var all) && sentence.Index < all.Count
            && all[sentence.Index - 1] is { } previous && previous.Kind == sentence.Kind && AnaphoricOpening().IsMatch(text))
        {
            return previous.Text.Trim() + " " + text;
        }

        return text;
    }

    [GeneratedRegex(@"^(?:Ia|Dia|Mereka|Beliau|Hal\s+(?:itu|ini|tersebut)|Itu|Ini|Namun|Tetapi|Tapi|Sebaliknya|Selain\s+itu|Oleh\s+karena\s+itu|Karena\s+itu|Dengan\s+demikian|He|She|It|They|This|That|However|But)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AnaphoricOpening();
}

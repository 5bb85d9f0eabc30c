using Bot.Core.Answering.Questions;
using Bot.Core.Language;
using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Core.Answering.Evidence;

/// <summary>Whether a sentence holds the kind of thing a question asks for: a date, a number, a name or a reason.</summary>
internal static class AnswerTypes
{
    private static readonly HashSet<string> ReasonCues = new(StringComparer.Ordinal)
    {
        "karena", "sebab", "lantaran", "akibat", "agar", "supaya", "untuk", "guna", "demi", "because", "due", "since", "so", "order",
    };

    /// <returns>1 when it does, 0.5 when only a neighbouring sentence has the date, else 0; 1 for questions that ask for a clause.</returns>
    public static double Match(QuestionAnalysis analysis, ArticleSentence sentence, IReadOnlyList<Token> tokens, IReadOnlyList<DateMention> nearby, IReadOnlySet<string> questionWords)
    {
        switch (analysis.Type)
        {
            case QuestionType.When:
                if (sentence.Dates.Any(d => d.Granularity != DateGranularity.Year))
                {
                    return 1;
                }

                return sentence.Dates.Count > 0 || nearby.Count > 0 ? 0.5 : 0;
            case QuestionType.HowMuch:
            case QuestionType.HowLong:
                return tokens.Any(t => t.Kind == TokenKind.Number) ? 1 : 0;
            case QuestionType.Who:
            case QuestionType.Where:
                // A capitalised word the question did not give: the sentence names someone or somewhere else.
                for (var i = 1; i < tokens.Count; i++)
                {
                    var text = tokens[i].Text;
                    if (tokens[i].Kind == TokenKind.Word && text.Length > 1 && char.IsUpper(text[0]) && !questionWords.Contains(text.ToLowerInvariant()))
                    {
                        return 1;
                    }
                }

                return 0;
            case QuestionType.Why:
                return tokens.Any(t => ReasonCues.Contains(t.Text.ToLowerInvariant())) ? 1 : 0;
            default:
                return 1;
        }
    }
}

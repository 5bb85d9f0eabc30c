using Bot.Core.Language;

namespace Bot.Core.Answering.Evidence;

/// <summary>What a question says that sentences are checked against besides its words: numbers and negation.</summary>
internal sealed record QuestionSignals(IReadOnlySet<string> Numbers, bool Negated)
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "tidak", "tak", "bukan", "belum", "tanpa", "not", "no", "never", "without", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "won't", "cannot",
    };

    public static QuestionSignals Of(string text)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var negated = false;
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Number)
            {
                numbers.Add(token.Text);
            }
            else if (IsNegation(token.Text))
            {
                negated = true;
            }
        }

        return new QuestionSignals(numbers, negated);
    }

    public static bool IsNegation(string word) => Negations.Contains(word.ToLowerInvariant());
}

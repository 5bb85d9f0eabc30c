using System.Text.RegularExpressions;

namespace Bot.Core.Language;

/// <summary>Splits text into words, numbers and numeric dates, keeping 21/10/2022 whole.</summary>
public static partial class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            var kind = m.Groups["date"].Success ? TokenKind.Date
                : m.Groups["number"].Success ? TokenKind.Number
                : TokenKind.Word;
            tokens.Add(new Token(m.Value, m.Index, kind));
        }

        return tokens;
    }

    [GeneratedRegex(@"(?<date>\d{1,2}/\d{1,2}(?:/\d{2,4})?)|(?<number>\d+(?:[.,]\d+)*)|(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}

namespace Bot.Core.Language;

/// <summary>Splits text into words, numbers and numeric dates, keeping 21/10/2022 whole.</summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        var scanner = new TokenScanner(text);
        while (scanner.Next(out var start, out var length, out var kind))
        {
            tokens.Add(new Token(text.Substring(start, length), start, kind));
        }

        return tokens;
    }
}

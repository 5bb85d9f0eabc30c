using System.Text;
using HandlebarsDotNet;

namespace Bot.Core.Prompts;

/// <summary>
/// Encodes every value a template inserts with <c>{{…}}</c> so that it cannot open or close the
/// prompt's markup (<c>&lt;message&gt;</c>, <c>&lt;passage&gt;</c>): angle brackets become the
/// look-alike single guillemets ‹ ›. Unlike HTML encoding this leaves quotes and ampersands
/// readable for the model.
/// </summary>
internal sealed class PromptTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        Encode(text?.ToString(), target);
    }

    public void Encode(string? text, TextWriter target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (text is null)
        {
            return;
        }

        foreach (var c in text)
        {
            target.Write(Map(c));
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(target);
        if (text is null)
        {
            return;
        }

        while (text.MoveNext())
        {
            target.Write(Map(text.Current));
        }
    }

    /// <summary>The encoded form of a whole string, for callers outside templates.</summary>
    public static string EncodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace('<', '‹').Replace('>', '›');
    }

    private static char Map(char c) => c switch
    {
        '<' => '‹',
        '>' => '›',
        _ => c,
    };
}

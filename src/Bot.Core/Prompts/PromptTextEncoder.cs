using System.Text;
using HandlebarsDotNet;

namespace Bot.Core.Prompts;

/// <summary>
/// Encodes every value a template inserts with <c>{{…}}</c> so that it cannot open or close the
/// prompt's markup (<c>&lt;message&gt;</c>, <c>&lt;passage&gt;</c>): angle brackets become the
/// look-alike single guillemets ‹ › (the model never sees a forged tag), and an ampersand becomes
/// <c>&amp;amp;</c> and a quote <c>&amp;quot;</c>, which Semantic Kernel's message parser reads back, so the model sees them as written.
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
            Write(c, target);
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
            Write(text.Current, target);
        }
    }

    /// <summary>The encoded form of a whole string, for callers outside templates.</summary>
    public static string EncodeValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace('<', '‹').Replace('>', '›').Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '<':
                target.Write('‹');
                break;
            case '>':
                target.Write('›');
                break;
            case '&':
                target.Write("&amp;");
                break;
            case '"':
                // An attribute value stays closed; SK's parser reads it back as a quote.
                target.Write("&quot;");
                break;
            default:
                target.Write(c);
                break;
        }
    }
}

using System.Globalization;
using System.Text;

namespace Bot.Telegram.Rendering;

/// <summary>Escaping into and out of Telegram's HTML parse mode.</summary>
public static class TelegramHtml
{
    /// <summary>Escapes the three characters Telegram requires (&lt; &gt; &amp;) and the double quote for attributes.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The text a reader sees: tags dropped, entities decoded. Used to resend a message as plain
    /// text when Telegram cannot parse its HTML.
    /// </summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i + 1);
                if (close < 0)
                {
                    builder.Append(html, i, html.Length - i);
                    break;
                }

                i = close + 1;
                continue;
            }

            if (c == '&' && TryDecodeEntity(html, i, out var decoded, out var length))
            {
                builder.Append(decoded);
                i += length;
                continue;
            }

            builder.Append(c);
            i++;
        }

        return builder.ToString();
    }

    private static bool TryDecodeEntity(string html, int start, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        var end = html.IndexOf(';', start + 1);
        if (end < 0 || end - start > 12)
        {
            return false;
        }

        var name = html.AsSpan(start + 1, end - start - 1);
        length = end - start + 1;
        switch (name)
        {
            case "lt":
                decoded = "<";
                return true;
            case "gt":
                decoded = ">";
                return true;
            case "amp":
                decoded = "&";
                return true;
            case "quot":
                decoded = "\"";
                return true;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name.Length > 2 && (name[1] == 'x' || name[1] == 'X');
            var ok = hex
                ? int.TryParse(name[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                : int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out code);
            if (ok && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                decoded = char.ConvertFromUtf32(code);
                return true;
            }
        }

        return false;
    }
}

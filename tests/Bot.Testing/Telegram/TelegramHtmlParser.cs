using System.Globalization;
using System.Text;

namespace Bot.Testing.Telegram;

/// <summary>
/// Parses Telegram's HTML parse mode the way the Bot API does: only the documented tags
/// (b, strong, i, em, u, ins, s, strike, del, span class="tg-spoiler", tg-spoiler, a href,
/// code, pre, blockquote [expandable], tg-emoji), the named entities &amp;lt; &amp;gt; &amp;amp;
/// &amp;quot; and numeric ones. A '&amp;' that starts no entity stays literal; an unescaped '&lt;'
/// or an unknown, unbalanced or misnested tag fails the whole message with Telegram's wording,
/// byte offsets counted in UTF-8.
/// </summary>
public static class TelegramHtmlParser
{
    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold",
        ["strong"] = "bold",
        ["i"] = "italic",
        ["em"] = "italic",
        ["u"] = "underline",
        ["ins"] = "underline",
        ["s"] = "strikethrough",
        ["strike"] = "strikethrough",
        ["del"] = "strikethrough",
        ["span"] = "spoiler",
        ["tg-spoiler"] = "spoiler",
        ["a"] = "text_link",
        ["code"] = "code",
        ["pre"] = "pre",
        ["blockquote"] = "blockquote",
        ["tg-emoji"] = "custom_emoji",
    };

    public static TelegramHtmlParseResult Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = new StringBuilder(html.Length);
        var entities = new List<EmulatedEntity>();
        var open = new Stack<OpenTag>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                if (TryEntity(html, i, out var decoded, out var consumed))
                {
                    text.Append(decoded);
                    i += consumed;
                }
                else
                {
                    text.Append('&');
                    i++;
                }

                continue;
            }

            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var byteOffset = Encoding.UTF8.GetByteCount(html.AsSpan(0, i));
            var close = html.IndexOf('>', i + 1);
            if (i + 1 < html.Length && html[i + 1] == '/')
            {
                if (close < 0)
                {
                    return Fail($"Unclosed end tag at byte offset {byteOffset}");
                }

                var name = html[(i + 2)..close].Trim().ToLowerInvariant();
                if (open.Count == 0)
                {
                    return Fail($"Unexpected end tag at byte offset {byteOffset}");
                }

                var top = open.Pop();
                if (name != top.Name)
                {
                    return Fail($"Unmatched end tag at byte offset {byteOffset}, expected \"</{top.Name}>\", found \"</{name}>\"");
                }

                var length = text.Length - top.Offset;
                if (length > 0)
                {
                    entities.Add(new EmulatedEntity(top.EntityType, top.Offset, length, top.Url, top.Language));
                }

                i = close + 1;
                continue;
            }

            var nameEnd = i + 1;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var tag = html[(i + 1)..nameEnd].ToLowerInvariant();
            if (!EntityTypes.TryGetValue(tag, out var entityType))
            {
                return Fail($"Unsupported start tag \"{tag}\" at byte offset {byteOffset}");
            }

            if (close < 0)
            {
                return Fail($"Unclosed start tag at byte offset {byteOffset}");
            }

            var attributes = ParseAttributes(html[nameEnd..close]);
            if (attributes is null)
            {
                return Fail($"Unclosed start tag at byte offset {byteOffset}");
            }

            var url = (string?)null;
            var language = (string?)null;
            switch (tag)
            {
                case "span" when !string.Equals(attributes.GetValueOrDefault("class"), "tg-spoiler", StringComparison.Ordinal):
                    return Fail($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {byteOffset}");
                case "a":
                    url = attributes.GetValueOrDefault("href") ?? "";
                    break;
                case "tg-emoji" when !attributes.ContainsKey("emoji-id"):
                    return Fail($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {byteOffset}");
                case "blockquote":
                    if (open.Any(o => o.Name == "blockquote"))
                    {
                        return Fail($"Blockquote entities can't be nested at byte offset {byteOffset}");
                    }

                    if (attributes.ContainsKey("expandable"))
                    {
                        entityType = "expandable_blockquote";
                    }

                    break;
                case "code" when open.Count > 0 && open.Peek().Name == "pre":
                    language = attributes.GetValueOrDefault("class") is { } cls && cls.StartsWith("language-", StringComparison.Ordinal) ? cls["language-".Length..] : null;
                    break;
            }

            open.Push(new OpenTag(tag, entityType, text.Length, url, language));
            i = close + 1;
        }

        if (open.Count > 0)
        {
            return Fail($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        entities.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return new TelegramHtmlParseResult(text.ToString(), entities, null);
    }

    private static TelegramHtmlParseResult Fail(string error) => new("", [], error);

    /// <summary>Attributes of a start tag: name, name=value, name="value", name='value'. Null when malformed.</summary>
    private static Dictionary<string, string>? ParseAttributes(string source)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        source = source.TrimEnd('/');
        while (i < source.Length)
        {
            if (char.IsWhiteSpace(source[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < source.Length && !char.IsWhiteSpace(source[i]) && source[i] != '=')
            {
                i++;
            }

            var name = source[start..i].ToLowerInvariant();
            if (i < source.Length && source[i] == '=')
            {
                i++;
                if (i >= source.Length)
                {
                    return null;
                }

                string value;
                if (source[i] is '"' or '\'')
                {
                    var quote = source[i];
                    var end = source.IndexOf(quote, i + 1);
                    if (end < 0)
                    {
                        return null;
                    }

                    value = source[(i + 1)..end];
                    i = end + 1;
                }
                else
                {
                    var end = i;
                    while (end < source.Length && !char.IsWhiteSpace(source[end]))
                    {
                        end++;
                    }

                    value = source[i..end];
                    i = end;
                }

                result[name] = Decode(value);
            }
            else
            {
                result[name] = "";
            }
        }

        return result;
    }

    private static string Decode(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length;)
        {
            if (value[i] == '&' && TryEntity(value, i, out var decoded, out var consumed))
            {
                builder.Append(decoded);
                i += consumed;
            }
            else
            {
                builder.Append(value[i]);
                i++;
            }
        }

        return builder.ToString();
    }

    private static bool TryEntity(string html, int start, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        var end = html.IndexOf(';', start + 1);
        if (end < 0 || end - start > 10)
        {
            return false;
        }

        var name = html[(start + 1)..end];
        consumed = end - start + 1;
        decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ => "",
        };
        if (decoded.Length > 0)
        {
            return true;
        }

        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name.Length > 2 && (name[1] is 'x' or 'X');
            var ok = hex
                ? int.TryParse(name.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                : int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out code);
            if (ok && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                decoded = char.ConvertFromUtf32(code);
                return true;
            }
        }

        return false;
    }

    private sealed record OpenTag(string Name, string EntityType, int Offset, string? Url, string? Language);
}

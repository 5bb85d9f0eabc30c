using System.Text.RegularExpressions;

namespace Bot.Testing.Telegram;

/// <summary>
/// The entities Telegram attaches to a user's text: bot commands and @mentions, with offsets
/// and lengths in UTF-16 code units (so an emoji before a mention counts two).
/// </summary>
public static partial class EntityScanner
{
    public static IReadOnlyList<EmulatedEntity> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entities = new List<EmulatedEntity>();
        foreach (Match m in Command().Matches(text))
        {
            entities.Add(new EmulatedEntity("bot_command", m.Index, m.Length));
        }

        foreach (Match m in Mention().Matches(text))
        {
            if (!entities.Any(e => m.Index >= e.Offset && m.Index < e.Offset + e.Length))
            {
                entities.Add(new EmulatedEntity("mention", m.Index, m.Length));
            }
        }

        entities.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return entities;
    }

    [GeneratedRegex(@"(?<![^\s])/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])", RegexOptions.CultureInvariant)]
    private static partial Regex Command();

    [GeneratedRegex(@"(?<![A-Za-z0-9_/])@[A-Za-z0-9_]{5,32}(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}

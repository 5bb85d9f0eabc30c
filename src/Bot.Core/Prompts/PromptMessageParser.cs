using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Bot.Core.Prompts;

/// <summary>
/// Splits rendered prompt text into chat messages at <c>&lt;message role="…"&gt;…&lt;/message&gt;</c>
/// elements (Semantic Kernel's convention). Text outside any element becomes a user message;
/// text with no elements at all is one user message.
/// </summary>
internal static partial class PromptMessageParser
{
    public static IReadOnlyList<ChatMessage> Parse(string rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var messages = new List<ChatMessage>();
        var position = 0;
        foreach (Match match in MessagePattern().Matches(rendered))
        {
            AddLoose(messages, rendered[position..match.Index]);
            var role = match.Groups["role"].Value switch
            {
                "system" => ChatRole.System,
                "assistant" => ChatRole.Assistant,
                _ => ChatRole.User,
            };
            var content = match.Groups["content"].Value.Trim();
            if (content.Length > 0)
            {
                messages.Add(new ChatMessage(role, content));
            }

            position = match.Index + match.Length;
        }

        AddLoose(messages, rendered[position..]);
        return messages;
    }

    private static void AddLoose(List<ChatMessage> messages, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            messages.Add(new ChatMessage(ChatRole.User, trimmed));
        }
    }

    [GeneratedRegex("""<message\s+role\s*=\s*"(?<role>system|user|assistant)"\s*>(?<content>.*?)</message>""", RegexOptions.Singleline | RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MessagePattern();
}

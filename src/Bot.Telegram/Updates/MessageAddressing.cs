using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Bot.Telegram.Updates;

/// <summary>
/// Group etiquette. In private chats every text is a question. In groups the bot answers
/// only when addressed: /ask or /ask@ThisBot, a mention of @ThisBot, or a reply to one of
/// its messages; everything else is chatter and gets silence. A command addressed to another
/// bot (/ask@OtherBot) is never ours. Entity offsets are UTF-16 units, as .NET strings index.
/// </summary>
internal static class MessageAddressing
{
    public static AddressedMessage Classify(Message message, User bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        var isPrivate = message.Chat?.Type == ChatType.Private;
        if (!isPrivate && !IsGroup(message.Chat))
        {
            return new(MessageIntent.Ignore);
        }

        if (message.From is { IsBot: true })
        {
            return new(MessageIntent.Ignore);
        }

        var text = message.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(isPrivate ? MessageIntent.NonText : MessageIntent.Ignore);
        }

        var entities = message.Entities ?? [];
        var command = entities.FirstOrDefault(e => e.Offset == 0 && e.Type == MessageEntityType.BotCommand && e.Length <= text.Length);
        if (command is not null)
        {
            return Command(text, command, bot, isPrivate);
        }

        if (isPrivate)
        {
            return new(MessageIntent.Question, text.Trim());
        }

        var mentions = entities.Where(e => Mentions(text, e, bot)).ToList();
        if (mentions.Count > 0)
        {
            var question = WithoutSpans(text, mentions);
            return question.Length == 0 ? new(MessageIntent.EmptyQuestion) : new(MessageIntent.Question, question);
        }

        if (message.ReplyToMessage?.From?.Id == bot.Id)
        {
            return new(MessageIntent.Question, text.Trim());
        }

        return new(MessageIntent.Ignore);
    }

    /// <summary>The two kinds of chat where etiquette asks the bot to speak only when addressed.</summary>
    public static bool IsGroup(Chat? chat) => chat?.Type is ChatType.Group or ChatType.Supergroup;

    private static AddressedMessage Command(string text, MessageEntity entity, User bot, bool isPrivate)
    {
        var token = text.Substring(1, entity.Length - 1);
        var at = token.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var target = token[(at + 1)..];
            if (!string.Equals(target, bot.Username, StringComparison.OrdinalIgnoreCase))
            {
                return new(MessageIntent.Ignore);
            }

            token = token[..at];
        }

        var rest = text[entity.Length..].Trim();
        return token.ToUpperInvariant() switch
        {
            "ASK" => rest.Length == 0 ? new(MessageIntent.EmptyQuestion) : new(MessageIntent.Question, rest),
            "START" => new(MessageIntent.Start),
            "HELP" => new(MessageIntent.Help),
            "SOURCES" => new(MessageIntent.Sources),
            "STATS" => new(MessageIntent.Stats),
            "DIGEST" => new(MessageIntent.Digest),
            "SUMMARY" => new(MessageIntent.Summary),
            _ => new(isPrivate ? MessageIntent.UnknownCommand : MessageIntent.Ignore),
        };
    }

    private static bool Mentions(string text, MessageEntity entity, User bot)
    {
        if (entity.Offset < 0 || entity.Offset + entity.Length > text.Length)
        {
            return false;
        }

        return entity.Type switch
        {
            MessageEntityType.Mention => bot.Username is { } name
                && string.Equals(text.Substring(entity.Offset, entity.Length), "@" + name, StringComparison.OrdinalIgnoreCase),
            MessageEntityType.TextMention => entity.User?.Id == bot.Id,
            _ => false,
        };
    }

    private static string WithoutSpans(string text, List<MessageEntity> spans)
    {
        var result = text;
        foreach (var span in spans.OrderByDescending(s => s.Offset))
        {
            result = result.Remove(span.Offset, span.Length);
        }

        // "@ArticleBot, when did…" leaves a stray comma or colon at the start, "ask @ArticleBot when" a double space.
        var words = result.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim().TrimStart(',', ':', ';').Trim();
    }
}

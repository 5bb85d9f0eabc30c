using Bot.Telegram.Api.Requests;
using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api;

/// <summary>Typed shortcuts over <see cref="ITelegramBotClient.SendRequestAsync"/>.</summary>
public static class TelegramBotClientExtensions
{
    public static Task<User> GetMeAsync(this ITelegramBotClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(new GetMeRequest(), cancellationToken);
    }

    public static Task<IReadOnlyList<Update>> GetUpdatesAsync(
        this ITelegramBotClient client, long? offset, int timeoutSeconds, IReadOnlyList<string>? allowedUpdates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(
            new GetUpdatesRequest { Offset = offset, Timeout = timeoutSeconds, AllowedUpdates = allowedUpdates },
            cancellationToken);
    }

    public static Task<Message> SendMessageAsync(this ITelegramBotClient client, SendMessageRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(request, cancellationToken);
    }

    public static Task<Message> EditMessageTextAsync(this ITelegramBotClient client, EditMessageTextRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(request, cancellationToken);
    }

    public static Task<bool> SendChatActionAsync(this ITelegramBotClient client, ChatId chatId, string action, long? messageThreadId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(new SendChatActionRequest(chatId, action) { MessageThreadId = messageThreadId }, cancellationToken);
    }

    public static Task<bool> SetMyCommandsAsync(this ITelegramBotClient client, IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(new SetMyCommandsRequest(commands), cancellationToken);
    }

    public static Task<bool> DeleteWebhookAsync(this ITelegramBotClient client, bool dropPendingUpdates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.SendRequestAsync(new DeleteWebhookRequest { DropPendingUpdates = dropPendingUpdates }, cancellationToken);
    }
}

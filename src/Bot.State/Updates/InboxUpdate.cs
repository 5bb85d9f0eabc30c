namespace Bot.State.Updates;

/// <summary>
/// An update received by webhook, as kept until it is handled: its id and subject (see
/// <see cref="IHandledUpdateStore"/>), the chat whose order it keeps, and the JSON Telegram sent.
/// </summary>
public sealed record InboxUpdate(long BotId, long UpdateId, string UpdateKey, long ChatId, string Payload);

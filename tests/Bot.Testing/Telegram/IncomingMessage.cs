namespace Bot.Testing.Telegram;

/// <summary>A message a user sent to a chat, and the update that carries it to the bot (if delivered).</summary>
public sealed record IncomingMessage(
    long UpdateId,
    long MessageId,
    EmulatedChat Chat,
    EmulatedUser From,
    string? Text,
    IReadOnlyList<EmulatedEntity> Entities,
    bool Delivered);

namespace Bot.Testing.Telegram;

/// <summary>The outcome of parsing a text in HTML parse mode: the visible text and its entities, or Telegram's error.</summary>
public sealed record TelegramHtmlParseResult(string Text, IReadOnlyList<EmulatedEntity> Entities, string? Error)
{
    public bool Ok => Error is null;
}

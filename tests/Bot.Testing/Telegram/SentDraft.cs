namespace Bot.Testing.Telegram;

/// <summary>
/// A draft the bot streamed (sendMessageDraft): <see cref="Text"/> as a reader sees it, empty for
/// Telegram's "Thinking…" placeholder; <see cref="RawText"/> as the bot sent it.
/// </summary>
public sealed record SentDraft(long ChatId, long DraftId, string Text, string RawText, string? ParseMode, IReadOnlyList<EmulatedEntity> Entities)
{
    public bool IsPlaceholder => Text.Length == 0;
}

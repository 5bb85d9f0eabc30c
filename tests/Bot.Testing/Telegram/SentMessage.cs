namespace Bot.Testing.Telegram;

/// <summary>
/// A message the bot sent, as Telegram stored it. <see cref="Text"/> is what a reader sees
/// (markup parsed away); <see cref="RawText"/> is the text parameter exactly as the bot sent it;
/// <see cref="ParseMode"/> is named as Telegram names it ("HTML"), however the bot spelled it.
/// <see cref="At"/> is the <see cref="System.Diagnostics.Stopwatch"/> timestamp of when the message
/// got its current text (sent, or last edited), for latency measurements.
/// </summary>
public sealed record SentMessage(
    long ChatId,
    long MessageId,
    string Text,
    string RawText,
    string? ParseMode,
    IReadOnlyList<EmulatedEntity> Entities,
    long? ReplyToMessageId,
    long? MessageThreadId,
    bool LinkPreviewDisabled,
    int EditCount = 0,
    long At = 0);

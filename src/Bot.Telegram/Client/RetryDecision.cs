namespace Bot.Telegram.Client;

/// <summary>
/// The one retry policy's judgement of a failed attempt. Only failures that prove nothing happened
/// are repeated: 429 (after exactly retry_after), 5xx from the Bot API or a proxy in front of it, and
/// a request whose body never left. A 2xx that cannot be read, or no answer after the body left,
/// means a posting request may have been carried out: delivered, unconfirmed.
/// </summary>
internal enum RetryDecision
{
    Retry,
    Unconfirmed,
    GiveUp,
}

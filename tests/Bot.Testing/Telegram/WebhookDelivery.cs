namespace Bot.Testing.Telegram;

/// <summary>One POST of an update to a webhook target: the HTTP status, or 0 with the error when the connection failed.</summary>
public sealed record WebhookDelivery(long UpdateId, Uri Target, int StatusCode, string? Error, bool Repeat);

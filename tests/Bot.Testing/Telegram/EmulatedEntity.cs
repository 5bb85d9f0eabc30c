namespace Bot.Testing.Telegram;

/// <summary>A MessageEntity as Telegram computes it: offset and length in UTF-16 code units.</summary>
public sealed record EmulatedEntity(string Type, int Offset, int Length, string? Url = null, string? Language = null, EmulatedUser? User = null);

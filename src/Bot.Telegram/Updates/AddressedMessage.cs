namespace Bot.Telegram.Updates;

/// <summary>A message's intent and, for questions, the question without the command or mention.</summary>
internal sealed record AddressedMessage(MessageIntent Intent, string Question = "");

namespace Bot.Telegram.Api.Types;

/// <summary>A command shown in the chat's command menu.</summary>
public sealed record BotCommand(string Command, string Description);

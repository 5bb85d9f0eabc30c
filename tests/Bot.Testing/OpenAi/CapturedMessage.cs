namespace Bot.Testing.OpenAi;

/// <summary>One message of a captured chat request: its role and its text (parts joined).</summary>
public sealed record CapturedMessage(string Role, string Content);

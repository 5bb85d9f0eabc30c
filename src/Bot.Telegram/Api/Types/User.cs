namespace Bot.Telegram.Api.Types;

/// <summary>A Telegram user or bot (Bot API type User).</summary>
public sealed record User
{
    public long Id { get; init; }

    public bool IsBot { get; init; }

    public string FirstName { get; init; } = "";

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }
}

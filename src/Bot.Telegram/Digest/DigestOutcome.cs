namespace Bot.Telegram.Digest;

/// <summary>What one digest run did: stories and messages that went out, and why it stopped early if it did.</summary>
public sealed record DigestOutcome(int StoriesPosted, int MessagesSent, string? Error)
{
    public bool Succeeded => Error is null;
}

namespace Bot.State.Digests;

/// <summary>How a story's message ids are written: comma-separated, "?" for one delivered, unconfirmed (or claimed, not yet sent).</summary>
internal static class DigestMessageIds
{
    public const string Unknown = "?";
}

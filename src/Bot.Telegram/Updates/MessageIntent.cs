namespace Bot.Telegram.Updates;

/// <summary>What a message asks of the bot.</summary>
internal enum MessageIntent
{
    /// <summary>Not for the bot: group chatter, another bot's command, a channel post.</summary>
    Ignore,
    Question,
    /// <summary>Addressed to the bot but without a question ("/ask" alone).</summary>
    EmptyQuestion,
    Start,
    Help,
    Sources,
    Stats,
    /// <summary>/digest: post the channel digest now (admins only).</summary>
    Digest,
    /// <summary>/summary: the digest of every story as a reply here.</summary>
    Summary,
    /// <summary>A photo, sticker, voice… in a private chat.</summary>
    NonText,
    UnknownCommand,
}

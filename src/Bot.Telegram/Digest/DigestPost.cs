using Bot.Core.Summaries;

namespace Bot.Telegram.Digest;

/// <summary>One story of a digest, summarized and rendered into the Telegram messages that carry it.</summary>
public sealed record DigestPost(StorySummary Summary, IReadOnlyList<string> Messages);

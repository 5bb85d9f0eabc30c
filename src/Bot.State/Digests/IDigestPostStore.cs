namespace Bot.State.Digests;

/// <summary>
/// Which articles have gone out to which channel. A story is recorded once any of its messages may
/// have gone out: a message delivered, unconfirmed (Telegram may have posted it) has no id, and the
/// story is never posted again all the same.
/// </summary>
public interface IDigestPostStore
{
    /// <summary>Ids of the articles posted to the channel.</summary>
    Task<IReadOnlySet<string>> PostedArticlesAsync(string channel, CancellationToken cancellationToken);

    /// <summary>
    /// Records a story's articles as posted, in one step, with its message ids (null: unknown). Called
    /// before the send with unknown ids (a claim: a crash mid-post then leaves it delivered, unconfirmed)
    /// and again after it with the ids, which replace the claim's.
    /// </summary>
    Task MarkPostedAsync(string channel, string storyId, IReadOnlyList<string> articleIds, IReadOnlyList<long?> messageIds, CancellationToken cancellationToken);

    /// <summary>Drops a claim whose send proved that nothing went out, so the next run posts the story.</summary>
    Task ForgetAsync(string channel, IReadOnlyList<string> articleIds, CancellationToken cancellationToken);
}

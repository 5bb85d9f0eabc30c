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

    /// <summary>Records a story's articles as posted, in one step, with its message ids (null: unknown).</summary>
    Task MarkPostedAsync(string channel, string storyId, IReadOnlyList<string> articleIds, IReadOnlyList<long?> messageIds, CancellationToken cancellationToken);
}

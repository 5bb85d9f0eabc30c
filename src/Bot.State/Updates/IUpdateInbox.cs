namespace Bot.State.Updates;

/// <summary>
/// Updates received by webhook, shared by every replica: an update id is taken once (a duplicate
/// delivery, or the same update sent to two replicas, is a no-op), each chat's updates are handed
/// out one at a time in update-id order whichever replica received them, and a claim expires
/// (its lease) so that the updates of a replica that died are handled by another.
/// </summary>
public interface IUpdateInbox
{
    /// <summary>Keeps an update until it is handled; false when it was already received (by any replica).</summary>
    Task<bool> AddAsync(InboxUpdate update, CancellationToken cancellationToken);

    /// <summary>
    /// The chat's earliest unhandled update when no other process holds it (or its lease expired),
    /// claimed for <paramref name="owner"/> for <paramref name="lease"/>; null when there is none or
    /// an earlier update of the chat is still being handled elsewhere.
    /// </summary>
    Task<ClaimedUpdate?> ClaimNextAsync(long botId, long chatId, string owner, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Extends the owner's claim while a long answer is being written; false when the claim was lost.</summary>
    Task<bool> RenewAsync(InboxUpdate update, string owner, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Notes that a reply may be on its way to Telegram, before the first message is sent.</summary>
    Task MarkSendStartedAsync(InboxUpdate update, string owner, CancellationToken cancellationToken);

    /// <summary>Marks the update handled (answered, refused, ignored, failed for good, or delivered, unconfirmed).</summary>
    Task CompleteAsync(InboxUpdate update, string owner, string outcome, CancellationToken cancellationToken);

    /// <summary>
    /// Chats with an update nobody is handling: a claim whose lease expired, or an update received
    /// at least <paramref name="unclaimedFor"/> ago and never claimed (its replica died before).
    /// </summary>
    Task<IReadOnlyList<long>> StalledChatsAsync(long botId, TimeSpan unclaimedFor, CancellationToken cancellationToken);

    /// <summary>Forgets handled updates older than <paramref name="age"/>; Telegram has long stopped redelivering them.</summary>
    Task<int> PruneAsync(TimeSpan age, CancellationToken cancellationToken);
}

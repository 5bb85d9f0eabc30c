namespace Bot.Telegram.Updates;

/// <summary>
/// An answer shown while it is written, then sent for good: drafts in private chats
/// (<see cref="DraftReply"/>), a message edited as it grows in groups (<see cref="StreamedReply"/>).
/// </summary>
internal interface IReplyStream
{
    /// <summary>Waits one interval, then shows that an answer is coming if nothing is shown yet; ends when cancelled.</summary>
    Task ShowPlaceholderAsync(CancellationToken cancellationToken);

    /// <summary>Shows the text so far, when the pace allows.</summary>
    Task ShowPartialAsync(string text, CancellationToken cancellationToken);

    /// <summary>Sends the final messages; returns how many went out.</summary>
    Task<int> FinishAsync(IReadOnlyList<string> html, CancellationToken cancellationToken);
}

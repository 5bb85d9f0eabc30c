namespace Bot.State.Updates;

/// <summary>
/// An update this process may handle now. <see cref="Attempt"/> counts claims (more than one: the
/// process that claimed it before stopped or died); <see cref="SendStarted"/> says that process had
/// begun sending a reply, so Telegram may have posted it and it must not be sent again.
/// </summary>
public sealed record ClaimedUpdate(InboxUpdate Update, int Attempt, bool SendStarted);

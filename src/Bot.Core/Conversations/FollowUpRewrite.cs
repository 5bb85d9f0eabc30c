namespace Bot.Core.Conversations;

/// <summary>
/// A question made standalone. <see cref="Before"/>/<see cref="After"/> carry the date
/// constraint a follow-up such as "and before that?" adds; <see cref="Text"/> states it too
/// ("… before 21 October 2022?"), so any answerer that reads the question sees it.
/// </summary>
public sealed record FollowUpRewrite(string Text, bool IsFollowUp, DateOnly? Before = null, DateOnly? After = null)
{
    public static FollowUpRewrite Unchanged(string question) => new(question, false);
}

namespace Bot.Core.Conversations;

/// <summary>A phrase such as "before that" or "sebelum itu", with the language it belongs to.</summary>
internal sealed record FollowUpCue(string Phrase, bool Indonesian);

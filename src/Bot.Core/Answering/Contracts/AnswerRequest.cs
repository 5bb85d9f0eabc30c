namespace Bot.Core.Answering.Contracts;

/// <summary>A question to answer; <see cref="ConversationId"/> lets follow-ups see earlier turns.</summary>
public sealed record AnswerRequest(string Question, string? ConversationId = null);

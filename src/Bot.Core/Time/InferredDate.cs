namespace Bot.Core.Time;

/// <summary>A date inferred from an article's text, with the evidence for it in words.</summary>
public sealed record InferredDate(DateOnly Date, string Evidence);

namespace Bot.Core.Answering.Contracts;

/// <summary>A numbered source of an answer: the article and the passage quoted from it.</summary>
public sealed record Citation(
    int N,
    string Article,
    string Title,
    string? Outlet,
    string? Published,
    string Quote);

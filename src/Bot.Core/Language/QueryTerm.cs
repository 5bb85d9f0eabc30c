namespace Bot.Core.Language;

/// <summary>
/// A term of a query in the index's term space, with a weight below 1 for terms that came
/// from translation or expansion rather than from the question itself.
/// </summary>
public sealed record QueryTerm(string Term, double Weight, string Origin);

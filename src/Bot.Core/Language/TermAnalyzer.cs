namespace Bot.Core.Language;

/// <summary>
/// Turns text into index terms and questions into weighted query terms in the same term space.
/// </summary>
public sealed class TermAnalyzer
{
    private readonly StringComparer _comparer = StringComparer.Ordinal;

    public static TermAnalyzer Default { get; } = new();

    /// <summary>Index-time terms of a passage, in order (duplicates kept for term frequency).</summary>
    public IReadOnlyList<string> DocumentTerms(string text)
    {
        return Tokenizer.Tokenize(text).Select(t => t.Text.ToLowerInvariant()).Where(t => !_comparer.Equals(t, string.Empty)).ToList();
    }

    /// <summary>Weighted query terms, including translations when the question is English.</summary>
    public IReadOnlyList<QueryTerm> QueryTerms(string question, TextLanguage language)
    {
        return Tokenizer.Tokenize(question)
            .Select(t => t.Text.ToLowerInvariant())
            .Distinct(_comparer)
            .Select(t => new QueryTerm(t, 1.0, "question"))
            .ToList();
    }
}

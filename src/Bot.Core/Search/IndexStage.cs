namespace Bot.Core.Search;

/// <summary>The steps of building a knowledge base, in order.</summary>
public enum IndexStage
{
    /// <summary>Cutting articles into sentences and passages.</summary>
    Passages,

    /// <summary>Finding and resolving the date mentions of every sentence (a build defers it to the dates' first reader, so a build does not report it).</summary>
    Dates,

    /// <summary>Analysing passages into terms and vectors.</summary>
    Analysis,

    /// <summary>Embedding passages with a model (when one is configured).</summary>
    Embeddings,

    /// <summary>Building the inverted index.</summary>
    Postings,
}

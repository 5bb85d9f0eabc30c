namespace Bot.Core.Summaries;

/// <summary>
/// What the learned sentence scorer sees of a candidate sentence. All but <see cref="Novelty"/>
/// are fixed per sentence; novelty depends on the sentences already chosen. The names are the
/// keys of the weights file (<c>Data/summary-weights.json</c>).
/// </summary>
internal enum SummaryFeature
{
    /// <summary>1 for the first sentence of its article (datelines and page furniture not counted).</summary>
    Lead,

    /// <summary>1 for the second sentence.</summary>
    Second,

    /// <summary>1 for the third sentence.</summary>
    Third,

    /// <summary>1 for the fourth sentence.</summary>
    Fourth,

    /// <summary>1 for the fifth sentence.</summary>
    Fifth,

    /// <summary>1 / (1 + position).</summary>
    InversePosition,

    /// <summary>Position over the article's length: 0 first, 1 last.</summary>
    RelativePosition,

    /// <summary>1 when the sentence opens a paragraph.</summary>
    ParagraphStart,

    /// <summary>1 / (1 + the paragraph's position): the first paragraph of news is its summary.</summary>
    InverseParagraph,

    /// <summary>TF-IDF cosine to the first sentence of its article (0 for the first itself).</summary>
    LeadSimilarity,

    /// <summary>TF-IDF cosine to its article's headline.</summary>
    HeadlineSimilarity,

    /// <summary>TF-IDF cosine to the centre of all the story's sentences.</summary>
    CentreSimilarity,

    /// <summary>Share of the story's recurring names (weighted by how often they recur) that the sentence gives.</summary>
    EntityCoverage,

    /// <summary>1 when it mentions a day the engine resolved.</summary>
    StatesDate,

    /// <summary>1 when it mentions the story's event day.</summary>
    StatesEventDate,

    /// <summary>log(1 + content terms).</summary>
    Length,

    /// <summary>1 when it quotes someone (quotation marks).</summary>
    Quotation,

    /// <summary>1 when it asks a question.</summary>
    Question,

    /// <summary>1 − the highest TF-IDF cosine to a sentence already chosen (1 before any is chosen).</summary>
    Novelty,
}

internal static class SummaryFeatures
{
    public static readonly int Count = Enum.GetValues<SummaryFeature>().Length;

    /// <summary>The weights file's key of a feature: its name in snake case ("headline_similarity").</summary>
    public static string Key(SummaryFeature feature)
    {
        var name = feature.ToString();
        var key = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                key.Append('_');
            }

            key.Append(char.ToLowerInvariant(name[i]));
        }

        return key.ToString();
    }
}

using Microsoft.Extensions.AI;

namespace Bot.Core.Search;

/// <summary>
/// Tells an embedding generator whether it embeds a question or a passage, for models trained
/// with different prefixes for each ("query: " and "passage: " for E5). The mark travels in
/// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/> under <see cref="PropertyName"/>;
/// generators that do not know it ignore it.
/// </summary>
public static class EmbeddingInput
{
    public const string PropertyName = "input_type";

    public const string QueryValue = "query";

    public const string PassageValue = "passage";

    public static EmbeddingGenerationOptions Query => Create(QueryValue);

    public static EmbeddingGenerationOptions Passage => Create(PassageValue);

    /// <summary>True when the options mark the input as a question.</summary>
    public static bool IsQuery(EmbeddingGenerationOptions? options)
        => options?.AdditionalProperties?.TryGetValue(PropertyName, out var value) == true
            && string.Equals(value as string, QueryValue, StringComparison.Ordinal);

    private static EmbeddingGenerationOptions Create(string kind)
        => new() { AdditionalProperties = new AdditionalPropertiesDictionary { [PropertyName] = kind } };
}

using System.Text.Json.Serialization;

namespace Bot.Tests.Eval;

/// <summary>
/// One line of an eval file: a question with what its answer must and must not say and cite.
/// The question bank adds its type (when, who, …), a finer kind, the question's language and
/// the corpus it is asked of; the dev set leaves them out.
/// </summary>
public sealed record EvalCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("expect")] string? Expect,
    [property: JsonPropertyName("gold")] IReadOnlyList<string>? Gold,
    [property: JsonPropertyName("allowed")] IReadOnlyList<string>? Allowed,
    [property: JsonPropertyName("forbid")] IReadOnlyList<string>? Forbid,
    [property: JsonPropertyName("type")] string? Type = null,
    [property: JsonPropertyName("kind")] string? Kind = null,
    [property: JsonPropertyName("lang")] string? Lang = null,
    [property: JsonPropertyName("corpus")] string? Corpus = null);

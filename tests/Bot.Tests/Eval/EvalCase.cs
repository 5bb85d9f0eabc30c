using System.Text.Json.Serialization;

namespace Bot.Tests.Eval;

/// <summary>One line of an eval file: a question with what its answer must and must not say and cite.</summary>
public sealed record EvalCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("expect")] string? Expect,
    [property: JsonPropertyName("gold")] IReadOnlyList<string>? Gold,
    [property: JsonPropertyName("allowed")] IReadOnlyList<string>? Allowed,
    [property: JsonPropertyName("forbid")] IReadOnlyList<string>? Forbid);

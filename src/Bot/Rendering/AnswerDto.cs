using System.Text.Json.Serialization;

namespace Bot.Rendering;

internal sealed record AnswerDto(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationDto> Citations,
    [property: JsonPropertyName("engine")] string Engine,
    [property: JsonPropertyName("elapsedMs")] double ElapsedMs);

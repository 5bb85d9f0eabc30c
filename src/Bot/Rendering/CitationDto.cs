using System.Text.Json.Serialization;

namespace Bot.Rendering;

internal sealed record CitationDto(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("quote")] string Quote);

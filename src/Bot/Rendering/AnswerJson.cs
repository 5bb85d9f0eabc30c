using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Bot.Core.Answering.Contracts;

namespace Bot.Rendering;

/// <summary>The answer contract of `ask --json`: one object per line, field names as documented.</summary>
internal static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Quotes are Indonesian text; keep them readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = AnswerJsonContext.Default,
    };

    public static string Serialize(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var dto = new AnswerDto(
            answer.Question,
            answer.Answered,
            answer.Language,
            answer.Text,
            answer.Citations.Select(c => new CitationDto(c.N, c.Article, c.Title, c.Outlet, c.Published, c.Quote)).ToList(),
            answer.Engine,
            answer.ElapsedMs);
        return JsonSerializer.Serialize(dto, (JsonTypeInfo<AnswerDto>)Options.GetTypeInfo(typeof(AnswerDto)));
    }
}

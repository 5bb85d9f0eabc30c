using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Telegram.Api;

/// <summary>The Bot API's JSON conventions: snake_case names, absent rather than null optional fields.</summary>
internal static class TelegramJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

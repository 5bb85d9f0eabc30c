using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Telegram.Api.Types;

/// <summary>Writes a <see cref="ChatId"/> as a number or an "@username" string, and reads either.</summary>
internal sealed class ChatIdJsonConverter : JsonConverter<ChatId>
{
    public override ChatId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number ? new ChatId(reader.GetInt64()) : ChatId.Parse(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, ChatId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Identifier is { } id)
        {
            writer.WriteNumberValue(id);
        }
        else
        {
            writer.WriteStringValue(value.Username);
        }
    }
}

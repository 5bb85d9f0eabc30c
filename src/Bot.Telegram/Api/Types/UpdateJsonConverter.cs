using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Telegram.Api.Types;

/// <summary>
/// Reads an update so that one malformed or unexpected payload cannot fail a whole getUpdates
/// batch (which would stall polling on it forever): a message part that does not read becomes
/// null, and the update, still carrying its id, is confirmed and skipped like any update with no message.
/// </summary>
internal sealed class UpdateJsonConverter : JsonConverter<Update>
{
    public override Update Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("update_id", out var id) || !id.TryGetInt64(out var updateId))
        {
            throw new JsonException("An update without an update_id.");
        }

        return new Update
        {
            UpdateId = updateId,
            Message = MessageOf(root, "message", options),
            EditedMessage = MessageOf(root, "edited_message", options),
            ChannelPost = MessageOf(root, "channel_post", options),
            EditedChannelPost = MessageOf(root, "edited_channel_post", options),
        };
    }

    public override void Write(Utf8JsonWriter writer, Update value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteNumber("update_id", value.UpdateId);
        WriteMessage(writer, "message", value.Message, options);
        WriteMessage(writer, "edited_message", value.EditedMessage, options);
        WriteMessage(writer, "channel_post", value.ChannelPost, options);
        WriteMessage(writer, "edited_channel_post", value.EditedChannelPost, options);
        writer.WriteEndObject();
    }

    private static Message? MessageOf(JsonElement update, string name, JsonSerializerOptions options)
    {
        if (!update.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return element.Deserialize<Message>(options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteMessage(Utf8JsonWriter writer, string name, Message? message, JsonSerializerOptions options)
    {
        if (message is not null)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, message, options);
        }
    }
}

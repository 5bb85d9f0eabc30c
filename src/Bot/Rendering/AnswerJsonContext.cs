using System.Text.Json.Serialization;

namespace Bot.Rendering;

[JsonSerializable(typeof(AnswerDto))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;

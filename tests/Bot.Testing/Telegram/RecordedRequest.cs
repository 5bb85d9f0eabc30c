using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>One request the emulator received: the method as named in the URL, its parameters, and the status it answered.</summary>
public sealed record RecordedRequest(string Method, JsonObject Parameters, int StatusCode, string? Fault);

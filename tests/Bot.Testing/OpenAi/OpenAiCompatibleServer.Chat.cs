using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.OpenAi;

public sealed partial class OpenAiCompatibleServer
{
    private const string ChatModelFallback = "test-model";

    private async Task ChatCompletionsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (await RejectUnauthorizedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        CapturedChatRequest request;
        try
        {
            var root = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("The body is not a JSON object.");
            if (ChatRequestValidator.Problem(root, RejectMaxTokens) is { } problem)
            {
                await RejectAsync(context, problem).ConfigureAwait(false);
                return;
            }

            request = ParseChatRequest(root, body, context.Request.Headers.Authorization.ToString());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            await RejectAsync(context, "Invalid request: " + ex.Message).ConfigureAwait(false);
            return;
        }

        _chatRequests.Enqueue(request);
        var fault = NextFault();
        if (await ApplyTransportFaultAsync(context, fault).ConfigureAwait(false))
        {
            return;
        }

        var id = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12];
        var created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (request.Tools.Count > 0 && ToolCall?.Invoke(request) is { } call)
        {
            await WriteToolCallAsync(context, request, call, id, created).ConfigureAwait(false);
            return;
        }

        var reply = Limit(NextReply(request), request, out var finishReason);
        if (request.Stream)
        {
            await WriteStreamAsync(context, request, reply, finishReason, fault, id, created, StreamPieceDelay).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/json";
        if (fault == OpenAiFault.MalformedJson)
        {
            await context.Response.WriteAsync("{\"id\": \"" + id + "\", \"object\": \"chat.completion\", \"choices\": [", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var choices = new JsonArray();
        if (fault != OpenAiFault.EmptyChoices)
        {
            choices.Add(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply, ["refusal"] = null },
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            });
        }

        var completion = new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = created,
            ["model"] = request.Model,
            ["choices"] = choices,
            ["usage"] = Usage(request, reply),
            ["system_fingerprint"] = null,
        };
        await context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The model calls a tool: a message with <c>tool_calls</c> and no content, finish_reason <c>tool_calls</c>; streamed as OpenAI does, name first, then the arguments.</summary>
    private static async Task WriteToolCallAsync(HttpContext context, CapturedChatRequest request, ToolCallReply call, string id, long created)
    {
        JsonObject Call(bool withArguments) => new()
        {
            ["index"] = 0,
            ["id"] = call.Id,
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = withArguments ? call.ArgumentsJson : string.Empty },
        };

        if (request.Stream)
        {
            context.Response.ContentType = "text/event-stream";
            await WriteEventAsync(context, Chunk(id, created, request.Model, new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(Call(false)) }, null)).ConfigureAwait(false);
            await WriteEventAsync(context, Chunk(id, created, request.Model, new JsonObject { ["tool_calls"] = new JsonArray(new JsonObject { ["index"] = 0, ["function"] = new JsonObject { ["arguments"] = call.ArgumentsJson } }) }, null)).ConfigureAwait(false);
            await WriteEventAsync(context, Chunk(id, created, request.Model, new JsonObject(), "tool_calls")).ConfigureAwait(false);
            await WriteEventAsync(context, "[DONE]").ConfigureAwait(false);
            return;
        }

        var message = new JsonObject { ["role"] = "assistant", ["content"] = null, ["refusal"] = null, ["tool_calls"] = new JsonArray(Call(true)) };
        message["tool_calls"]![0]!.AsObject().Remove("index");
        var completion = new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = created,
            ["model"] = request.Model,
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["logprobs"] = null, ["finish_reason"] = "tool_calls" }),
            ["usage"] = Usage(request, string.Empty),
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(completion.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteStreamAsync(HttpContext context, CapturedChatRequest request, string reply, string finishReason, OpenAiFault fault, string id, long created, TimeSpan pieceDelay)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var includeUsage = JsonNode.Parse(request.Body)?["stream_options"]?["include_usage"]?.GetValue<bool>() == true;
        if (fault == OpenAiFault.MalformedJson)
        {
            await WriteEventAsync(context, "{\"id\": \"" + id + "\", \"choices\": [{\"delta\": ").ConfigureAwait(false);
            return;
        }

        if (fault != OpenAiFault.EmptyChoices)
        {
            await WriteEventAsync(context, Chunk(id, created, request.Model, new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null)).ConfigureAwait(false);
            foreach (Match piece in StreamPiecePattern().Matches(reply))
            {
                if (pieceDelay > TimeSpan.Zero)
                {
                    await Task.Delay(pieceDelay, context.RequestAborted).ConfigureAwait(false);
                }

                await WriteEventAsync(context, Chunk(id, created, request.Model, new JsonObject { ["content"] = piece.Value }, null)).ConfigureAwait(false);
            }

            await WriteEventAsync(context, Chunk(id, created, request.Model, new JsonObject(), finishReason)).ConfigureAwait(false);
        }

        if (includeUsage || fault == OpenAiFault.EmptyChoices)
        {
            var usage = new JsonObject
            {
                ["id"] = id,
                ["object"] = "chat.completion.chunk",
                ["created"] = created,
                ["model"] = request.Model,
                ["choices"] = new JsonArray(),
                ["usage"] = Usage(request, reply),
            };
            await WriteEventAsync(context, usage.ToJsonString()).ConfigureAwait(false);
        }

        await WriteEventAsync(context, "[DONE]").ConfigureAwait(false);
    }

    private static string Chunk(string id, long created, string model, JsonObject delta, string? finishReason) => new JsonObject
    {
        ["id"] = id,
        ["object"] = "chat.completion.chunk",
        ["created"] = created,
        ["model"] = model,
        ["system_fingerprint"] = null,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        }),
    }.ToJsonString();

    private static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync("data: " + data + "\n\n", context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject Usage(CapturedChatRequest request, string reply)
    {
        var prompt = request.Messages.Sum(m => WordCount(m.Content));
        var completion = WordCount(reply);
        return new JsonObject { ["prompt_tokens"] = prompt, ["completion_tokens"] = completion, ["total_tokens"] = prompt + completion };
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The reply cut to the output limit the server honours (a word is a token here), and why it ended.</summary>
    private string Limit(string reply, CapturedChatRequest request, out string finishReason)
    {
        var root = JsonNode.Parse(request.Body)!;
        var limit = root["max_tokens"]?.GetValue<int>() ?? (HonoursMaxCompletionTokens ? root["max_completion_tokens"]?.GetValue<int>() : null);
        var words = StreamPiecePattern().Matches(reply);
        if (limit is { } max && words.Count > max)
        {
            finishReason = "length";
            return string.Concat(words.Take(max).Select(m => m.Value));
        }

        finishReason = "stop";
        return reply;
    }

    private async Task RejectAsync(HttpContext context, string problem)
    {
        _rejected.Enqueue(problem);
        await WriteErrorAsync(context, StatusCodes.Status400BadRequest, problem, "invalid_request_error").ConfigureAwait(false);
    }

    private static CapturedChatRequest ParseChatRequest(JsonObject root, string body, string authorization)
    {
        var messages = new List<CapturedMessage>();
        foreach (var node in root["messages"] as JsonArray ?? throw new JsonException("'messages' is missing."))
        {
            var role = node?["role"]?.GetValue<string>() ?? throw new JsonException("A message has no role.");
            messages.Add(new CapturedMessage(role, ContentText(node["content"])));
        }

        return new CapturedChatRequest(
            root["model"]?.GetValue<string>() ?? ChatModelFallback,
            root["stream"]?.GetValue<bool>() == true,
            messages,
            root["temperature"]?.GetValue<double>(),
            (root["max_completion_tokens"] ?? root["max_tokens"])?.GetValue<int>(),
            authorization.Length == 0 ? null : authorization,
            body)
        {
            MaxTokensField = root.ContainsKey("max_completion_tokens") ? "max_completion_tokens" : root.ContainsKey("max_tokens") ? "max_tokens" : null,
            Tools = (root["tools"] as JsonArray)?.Select(t => t!["function"]!["name"]!.GetValue<string>()).ToList() ?? [],
        };
    }

    /// <summary>Message content is a string or an array of parts ({"type": "text", "text": …}).</summary>
    private static string ContentText(JsonNode? content) => content switch
    {
        null => string.Empty,
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>() ?? string.Empty)),
        _ => content.GetValue<string>(),
    };

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string message, string type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        var error = new JsonObject
        {
            ["error"] = new JsonObject { ["message"] = message, ["type"] = type, ["param"] = null, ["code"] = null },
        };
        return context.Response.WriteAsync(error.ToJsonString(), context.RequestAborted);
    }

    /// <summary>Streamed pieces: a word with the space before it, as tokenizers roughly cut.</summary>
    [GeneratedRegex(@"\s*\S+", RegexOptions.CultureInvariant)]
    private static partial Regex StreamPiecePattern();

}

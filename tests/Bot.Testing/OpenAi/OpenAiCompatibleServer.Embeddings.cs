using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.OpenAi;

public sealed partial class OpenAiCompatibleServer
{
    /// <summary>The deterministic vector the server returns for a text: SHA-256 bytes scaled to [-1, 1].</summary>
    public static float[] VectorOf(string text, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (hash[i % hash.Length] / 127.5f) - 1f;
        }

        return vector;
    }

    /// <summary>What api.openai.com refuses in an embeddings request: unknown fields, no model, empty or oversized input.</summary>
    private static string? EmbeddingProblem(JsonObject root)
    {
        string[] known = ["model", "input", "encoding_format", "dimensions", "user"];
        if (root.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return $"Unrecognized request argument supplied: {unknown}";
        }

        if (root["model"]?.GetValue<string>() is not { Length: > 0 })
        {
            return "you must provide a model parameter";
        }

        var inputs = root["input"] as JsonArray;
        if (inputs is { Count: 0 or > 2048 } || (inputs is null && root["input"] is null))
        {
            return "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.";
        }

        if ((inputs?.Select(n => n?.GetValue<string>()) ?? [root["input"]!.GetValue<string>()]).Any(string.IsNullOrEmpty))
        {
            return "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.";
        }

        return root["encoding_format"]?.GetValue<string>() is { } format && format is not ("float" or "base64")
            ? $"Invalid value: '{format}'. Supported values are: 'float' and 'base64'."
            : null;
    }

    private async Task EmbeddingsAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (await RejectUnauthorizedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        CapturedEmbeddingRequest request;
        try
        {
            var root = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("The body is not a JSON object.");
            if (EmbeddingProblem(root) is { } problem)
            {
                await RejectAsync(context, problem).ConfigureAwait(false);
                return;
            }

            var inputs = root["input"] switch
            {
                JsonArray array => array.Select(n => n!.GetValue<string>()).ToList(),
                JsonNode single => [single.GetValue<string>()],
                null => throw new JsonException("'input' is missing."),
            };
            request = new CapturedEmbeddingRequest(
                root["model"]?.GetValue<string>() ?? ChatModelFallback,
                inputs,
                root["encoding_format"]?.GetValue<string>() ?? "float");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "Invalid request: " + ex.Message, "invalid_request_error").ConfigureAwait(false);
            return;
        }

        _embeddingRequests.Enqueue(request);
        var fault = NextFault();
        if (await ApplyTransportFaultAsync(context, fault).ConfigureAwait(false))
        {
            return;
        }

        context.Response.ContentType = "application/json";
        if (fault == OpenAiFault.MalformedJson)
        {
            await context.Response.WriteAsync("{\"object\": \"list\", \"data\": [", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var data = new JsonArray();
        for (var i = 0; i < request.Inputs.Count && fault != OpenAiFault.EmptyChoices; i++)
        {
            var vector = VectorOf(request.Inputs[i], EmbeddingDimensions);
            JsonNode embedding = request.EncodingFormat == "base64"
                ? JsonValue.Create(Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())))
                : new JsonArray(vector.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        var tokens = request.Inputs.Sum(WordCount);
        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = request.Model,
            ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
        };
        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}

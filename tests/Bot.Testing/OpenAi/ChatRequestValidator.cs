using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Testing.OpenAi;

/// <summary>
/// Checks a chat-completions body the way api.openai.com does, so that the client under test
/// cannot depend on a field real servers refuse: unknown parameters, bad roles, tool messages that
/// answer no tool call, tool calls left unanswered, out-of-range sampling values, stream options
/// without streaming, tool settings without tools. Each problem is the message a real server gives.
/// </summary>
internal static partial class ChatRequestValidator
{
    private static readonly HashSet<string> KnownParameters = new(StringComparer.Ordinal)
    {
        "model", "messages", "temperature", "top_p", "n", "stream", "stream_options", "stop", "max_tokens",
        "max_completion_tokens", "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs",
        "user", "tools", "tool_choice", "parallel_tool_calls", "response_format", "seed", "metadata", "store",
        "reasoning_effort", "modalities", "audio", "prediction", "service_tier", "web_search_options",
        "safety_identifier", "prompt_cache_key", "verbosity", "functions", "function_call",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "system", "developer", "user", "assistant", "tool" };

    /// <summary>The first problem of the request, or null when a real server would accept it.</summary>
    public static string? Problem(JsonObject root, bool rejectMaxTokens)
    {
        foreach (var (key, _) in root)
        {
            if (!KnownParameters.Contains(key))
            {
                return $"Unrecognized request argument supplied: {key}";
            }
        }

        if (root["model"] is not JsonValue model || model.GetValueKind() != System.Text.Json.JsonValueKind.String || model.GetValue<string>().Length == 0)
        {
            return "you must provide a model parameter";
        }

        if (rejectMaxTokens && root.ContainsKey("max_tokens"))
        {
            return "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";
        }

        var stream = root["stream"];
        if (stream is not null && stream.GetValueKind() is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
        {
            return "Invalid type for 'stream': expected a boolean.";
        }

        if (root.ContainsKey("stream_options") && stream?.GetValueKind() != System.Text.Json.JsonValueKind.True)
        {
            return "The 'stream_options' parameter is only allowed when 'stream' is enabled.";
        }

        return Range(root, "temperature", 0, 2)
            ?? Range(root, "top_p", 0, 1)
            ?? PositiveInteger(root, "max_tokens")
            ?? PositiveInteger(root, "max_completion_tokens")
            ?? ToolsProblem(root)
            ?? MessagesProblem(root["messages"]);
    }

    private static string? Range(JsonObject root, string key, double min, double max)
    {
        if (root[key] is not { } node)
        {
            return null;
        }

        var value = node.GetValue<double>();
        return value < min || value > max
            ? string.Create(CultureInfo.InvariantCulture, $"Invalid '{key}': expected a value between {min} and {max}, but got {value} instead.")
            : null;
    }

    private static string? PositiveInteger(JsonObject root, string key)
        => root[key] is { } node && (node.GetValueKind() != System.Text.Json.JsonValueKind.Number || node.GetValue<double>() < 1 || node.GetValue<double>() % 1 != 0)
            ? $"Invalid '{key}': expected an integer >= 1."
            : null;

    private static string? ToolsProblem(JsonObject root)
    {
        if (root["tools"] is not JsonArray tools)
        {
            return root.ContainsKey("tool_choice") ? "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified."
                : root.ContainsKey("parallel_tool_calls") ? "Invalid value for 'parallel_tool_calls': 'parallel_tool_calls' is only allowed when 'tools' are specified."
                : null;
        }

        if (tools.Count == 0)
        {
            return "Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.";
        }

        for (var i = 0; i < tools.Count; i++)
        {
            if (tools[i]?["type"]?.GetValue<string>() != "function" || tools[i]?["function"] is not JsonObject function)
            {
                return $"Missing required parameter: 'tools[{i}].function'.";
            }

            var name = function["name"]?.GetValue<string>() ?? string.Empty;
            if (!FunctionName().IsMatch(name))
            {
                return $"Invalid 'tools[{i}].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.";
            }
        }

        return null;
    }

    private static string? MessagesProblem(JsonNode? node)
    {
        if (node is not JsonArray messages || messages.Count == 0)
        {
            return "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.";
        }

        var pending = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not JsonObject message || message["role"]?.GetValue<string>() is not { } role)
            {
                return $"Missing required parameter: 'messages[{i}].role'.";
            }

            if (!Roles.Contains(role))
            {
                return $"Invalid value: '{role}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.";
            }

            if (role != "tool" && pending.Count > 0)
            {
                return "An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. "
                    + $"The following tool_call_ids did not have response messages: {string.Join(", ", pending)}";
            }

            var hasContent = message["content"] is JsonValue or JsonArray;
            switch (role)
            {
                case "tool":
                    var id = message["tool_call_id"]?.GetValue<string>();
                    if (id is null || !pending.Remove(id))
                    {
                        return $"Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.";
                    }

                    break;
                case "assistant":
                    if (message["tool_calls"] is JsonArray calls)
                    {
                        foreach (var call in calls)
                        {
                            pending.Add(call?["id"]?.GetValue<string>() ?? string.Empty);
                        }
                    }
                    else if (!hasContent)
                    {
                        return $"Invalid value for 'content': expected a string, got null.";
                    }

                    break;
                default:
                    if (!hasContent)
                    {
                        return $"Missing required parameter: 'messages[{i}].content'.";
                    }

                    break;
            }
        }

        return pending.Count > 0
            ? $"An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: {string.Join(", ", pending)}"
            : null;
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex FunctionName();
}

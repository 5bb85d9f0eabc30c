using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Telegram;

/// <summary>The HTTP side: routing /bot{token}/{method}, reading parameters, writing Bot API envelopes, faults.</summary>
public sealed partial class TelegramBotApiEmulator
{
    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].StartsWith("bot", StringComparison.Ordinal))
        {
            await WriteAsync(context, "", new JsonObject(), Error(404, "Not Found")).ConfigureAwait(false);
            return;
        }

        var method = parts[1];
        var fault = TakeFault(method);
        if (fault?.Kind == EmulatorFaultKind.DropConnection)
        {
            // Before the body is read: with Expect: 100-continue the client has not sent it yet.
            Record(method, new JsonObject(), 0, "dropped connection");
            context.Abort();
            return;
        }

        JsonObject parameters;
        try
        {
            parameters = await ReadParametersAsync(context.Request).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            await WriteAsync(context, method, new JsonObject(), Error(400, "Bad Request: can't parse JSON object")).ConfigureAwait(false);
            return;
        }

        if (!string.Equals(parts[0][3..], Token, StringComparison.Ordinal))
        {
            await WriteAsync(context, method, parameters, Error(401, "Unauthorized")).ConfigureAwait(false);
            return;
        }

        if (fault is not null)
        {
            switch (fault.Kind)
            {
                case EmulatorFaultKind.Delay:
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                    break;
                case EmulatorFaultKind.Error when fault.HtmlBody:
                    Record(method, parameters, fault.ErrorCode, fault.Description);
                    context.Response.StatusCode = fault.ErrorCode;
                    context.Response.ContentType = "text/html";
                    await context.Response.WriteAsync($"<html><head><title>{fault.ErrorCode} {fault.Description}</title></head><body><center><h1>{fault.ErrorCode} {fault.Description}</h1></center><hr><center>nginx</center></body></html>").ConfigureAwait(false);
                    return;
                case EmulatorFaultKind.Error:
                    await WriteAsync(context, method, parameters, Error(fault.ErrorCode, fault.Description, retryAfter: fault.RetryAfter), fault.Description).ConfigureAwait(false);
                    return;
            }
        }

        var response = method.ToUpperInvariant() switch
        {
            "GETME" => Ok(Bot.ToJson()),
            "GETUPDATES" => await GetUpdatesAsync(parameters, context.RequestAborted).ConfigureAwait(false),
            "SENDMESSAGE" => SendMessageFromBot(parameters),
            "EDITMESSAGETEXT" => EditMessageText(parameters),
            "SENDMESSAGEDRAFT" => SendMessageDraft(parameters),
            "SENDCHATACTION" => SendChatAction(parameters),
            "SETMYCOMMANDS" => SetMyCommands(parameters),
            "DELETEWEBHOOK" => DeleteWebhook(parameters),
            "SETWEBHOOK" => SetWebhookFromBot(parameters),
            "GETWEBHOOKINFO" => GetWebhookInfo(),
            _ => Error(404, "Not Found"),
        };
        if (fault is not null && response["ok"]!.GetValue<bool>() && await SpoilAsync(context, method, parameters, response, fault.Kind).ConfigureAwait(false))
        {
            return;
        }

        await WriteAsync(context, method, parameters, response).ConfigureAwait(false);
    }

    /// <summary>The answer to a request that was carried out, spoiled by an "accepted" fault; false for other faults.</summary>
    private async Task<bool> SpoilAsync(HttpContext context, string method, JsonObject parameters, JsonObject response, EmulatorFaultKind kind)
    {
        switch (kind)
        {
            case EmulatorFaultKind.MalformedResult:
                Record(method, parameters, 200, "malformed result");
                var json = response.ToJsonString();
                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(json[..(json.Length / 2)]).ConfigureAwait(false);
                return true;
            case EmulatorFaultKind.NullChatId:
                Record(method, parameters, 200, "chat.id null");
                if (response["result"] is JsonObject { } result && result["chat"] is JsonObject chat)
                {
                    chat["id"] = null;
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(response.ToJsonString()).ConfigureAwait(false);
                return true;
            case EmulatorFaultKind.AcceptThenHang:
                Record(method, parameters, 0, "accepted then hung");
                using (var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, either.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up, or the emulator stops.
                    }
                }

                context.Abort();
                return true;
            case EmulatorFaultKind.AcceptThenDrop:
                Record(method, parameters, 0, "accepted then dropped");
                context.Abort();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Parameters from the query string, a form, or a JSON body, as the Bot API accepts all three.</summary>
    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            if (body.Length > 0 && JsonNode.Parse(body) is JsonObject json)
            {
                foreach (var (key, value) in json.ToList())
                {
                    json.Remove(key);
                    parameters[key] = value;
                }
            }
        }

        return parameters;
    }

    private EmulatorFault? TakeFault(string method)
    {
        lock (gate)
        {
            foreach (var key in new[] { method, "*" })
            {
                if (faults.TryGetValue(key, out var pending) && pending.Count > 0)
                {
                    return pending.Dequeue();
                }
            }

            return null;
        }
    }

    private async Task WriteAsync(HttpContext context, string method, JsonObject parameters, JsonObject response, string? fault = null)
    {
        var status = response["ok"]!.GetValue<bool>() ? 200 : response["error_code"]!.GetValue<int>();
        Record(method, parameters, status, fault);
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString()).ConfigureAwait(false);
    }

    private void Record(string method, JsonObject parameters, int status, string? fault)
    {
        lock (gate)
        {
            requests.Add(new RecordedRequest(method, (JsonObject)parameters.DeepClone(), status, fault));
            Pulse();
        }
    }

    private static JsonObject Ok(JsonNode? result) => new() { ["ok"] = true, ["result"] = result };

    private static JsonObject Error(int code, string description, int? retryAfter = null, long? migrateToChatId = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is not null || migrateToChatId is not null)
        {
            var parameters = new JsonObject();
            if (retryAfter is { } seconds)
            {
                parameters["retry_after"] = seconds;
            }

            if (migrateToChatId is { } chatId)
            {
                parameters["migrate_to_chat_id"] = chatId;
            }

            error["parameters"] = parameters;
        }

        return error;
    }

    // ---- Parameter readers: JSON values, or strings from a query or a form ----

    private static long? Long(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var n) => n,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static string? String(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        _ => null,
    };

    private static bool Bool(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => string.Equals(s, "true", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>An object or array parameter; forms and query strings carry them JSON-serialized.</summary>
    private static JsonNode? Structured(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s),
        JsonObject or JsonArray => parameters[name],
        _ => null,
    };
}

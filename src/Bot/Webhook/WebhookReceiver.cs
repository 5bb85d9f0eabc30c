using System.Data.Common;
using System.Text;
using System.Text.Json;
using Bot.State.Updates;
using Bot.Telegram.Polling;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Webhook;

/// <summary>
/// The webhook endpoint: the secret header is checked first, in constant time (401, and the body is
/// never read); then the body, within Webhook:MaxBodyBytes, must be an update (400 and a log line
/// otherwise, never a crash). A new update is kept in the shared inbox and answered 200 at once; it
/// is handled in the background. One already received, by this replica or another, is answered 200
/// and dropped. 503 when the inbox cannot be reached, so that Telegram delivers it again later.
/// </summary>
internal sealed class WebhookReceiver(
    IUpdateInbox inbox,
    WebhookUpdateProcessor processor,
    IOptions<WebhookOptions> options,
    WebhookStatistics statistics,
    ILogger<WebhookReceiver> logger)
{
    private readonly WebhookSecret secret = new(options.Value.SecretToken);
    private readonly int maxBodyBytes = options.Value.MaxBodyBytes;

    public async Task ReceiveAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (!secret.Matches(context.Request.Headers[WebhookSecret.Header].FirstOrDefault()))
        {
            Log.WebhookUnauthorized(logger, WebhookSecret.Header, remote);
            statistics.CountRequest("unauthorized");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (context.Request.ContentLength > maxBodyBytes)
        {
            await RefuseAsync(context, $"a body of {context.Request.ContentLength} bytes is over Webhook:MaxBodyBytes ({maxBodyBytes})", remote).ConfigureAwait(false);
            return;
        }

        var body = await ReadAsync(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(context, $"the body is over Webhook:MaxBodyBytes ({maxBodyBytes})", remote).ConfigureAwait(false);
            return;
        }

        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(body, JsonBotAPI.Options);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or OverflowException)
        {
            await RefuseAsync(context, "the body is not a Telegram update: " + e.Message, remote).ConfigureAwait(false);
            return;
        }

        if (update is null || update.Id <= 0)
        {
            await RefuseAsync(context, "the body is not a Telegram update: no update_id", remote).ConfigureAwait(false);
            return;
        }

        var chatId = ChatOf(update);
        var item = new InboxUpdate(processor.BotId, update.Id, UpdateKey.Of(update), chatId, Encoding.UTF8.GetString(body));
        bool added;
        try
        {
            added = await inbox.AddAsync(item, context.RequestAborted).ConfigureAwait(false);
        }
        catch (DbException e)
        {
            Log.WebhookInboxFailed(logger, e, "receive");
            statistics.CountRequest("unavailable");
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (added)
        {
            statistics.CountRequest("accepted");
            processor.Accept(chatId);
        }
        else
        {
            Log.WebhookDuplicate(logger, update.Id);
            statistics.CountRequest("duplicate");
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The chat whose order the update keeps (0 for updates without one).</summary>
    private static long ChatOf(Update update) =>
        (update.Message ?? update.EditedMessage ?? update.ChannelPost ?? update.EditedChannelPost)?.Chat?.Id ?? 0;

    /// <summary>The body, or null when it is longer than allowed (only that much is read).</summary>
    private async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task RefuseAsync(HttpContext context, string reason, string remote)
    {
        Log.WebhookBadRequest(logger, reason, remote);
        statistics.CountRequest("bad_request");
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await context.Response.WriteAsync(reason, context.RequestAborted).ConfigureAwait(false);
    }
}

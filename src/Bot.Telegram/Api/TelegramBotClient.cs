using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bot.Telegram.Api.Requests;
using Bot.Telegram.Api.Types;

namespace Bot.Telegram.Api;

/// <summary>
/// The Bot API over a plain <see cref="HttpClient"/> (not IHttpClientFactory, whose logging
/// prints request URIs and with them the token). Requests go to <c>{base}/bot{token}/{method}</c>
/// as JSON bodies. No retries here: see <see cref="RetryingTelegramBotClient"/>.
/// </summary>
public sealed class TelegramBotClient : ITelegramBotClient, IDisposable
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly string token;
    private readonly string baseAddress;
    private readonly TimeSpan requestTimeout;

    /// <param name="token">The token from @BotFather.</param>
    /// <param name="apiBaseUrl">https://api.telegram.org, a local Bot API server, or an emulator.</param>
    /// <param name="requestTimeout">How long a request may take, on top of a getUpdates long-poll timeout.</param>
    /// <param name="httpClient">Optional client; it must not log request URIs. Its own timeout should be infinite.</param>
    public TelegramBotClient(string token, Uri apiBaseUrl, TimeSpan requestTimeout, HttpClient? httpClient = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentNullException.ThrowIfNull(apiBaseUrl);
        this.token = token;
        baseAddress = apiBaseUrl.AbsoluteUri.TrimEnd('/');
        this.requestTimeout = requestTimeout;
        ownsHttp = httpClient is null;
        http = httpClient ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<TResponse> SendRequestAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var method = request.MethodName;
        var longPoll = request is GetUpdatesRequest { Timeout: > 0 } poll ? TimeSpan.FromSeconds(poll.Timeout.Value) : TimeSpan.Zero;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(requestTimeout + longPoll);

        var body = JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), TelegramJson.Options);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonMediaType;
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri($"{baseAddress}/bot{token}/{method}")) { Content = content };
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var payload = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return Read<TResponse>(method, (int)response.StatusCode, response.ReasonPhrase, payload);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TelegramTransportException(method, $"no response within {(requestTimeout + longPoll).TotalSeconds:0.#} s", null);
        }
        catch (HttpRequestException ex)
        {
            throw Transport(method, ex);
        }
        catch (IOException ex)
        {
            throw Transport(method, ex);
        }
    }

    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private static TResponse Read<TResponse>(string method, int status, string? reason, byte[] payload)
    {
        ApiResponse<TResponse>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<ApiResponse<TResponse>>(payload, TelegramJson.Options);
        }
        catch (JsonException)
        {
            // A proxy's HTML error page or a truncated body: keep the HTTP status so 5xx stays retryable.
            throw new TelegramApiException(method, status >= 400 ? status : 502, $"unreadable response ({status} {reason})");
        }

        if (envelope is null)
        {
            throw new TelegramApiException(method, status >= 400 ? status : 502, $"empty response ({status} {reason})");
        }

        if (!envelope.Ok)
        {
            throw new TelegramApiException(
                method,
                envelope.ErrorCode ?? status,
                envelope.Description ?? reason ?? "unknown error",
                envelope.Parameters?.RetryAfter,
                envelope.Parameters?.MigrateToChatId);
        }

        return envelope.Result!;
    }

    private TelegramTransportException Transport(string method, Exception ex)
    {
        var reason = Redact(ex.Message);

        // Keep the inner exception for its stack only when nothing in it can reveal the token.
        var inner = ex.ToString().Contains(token, StringComparison.Ordinal) ? null : ex;
        return new TelegramTransportException(method, $"{ex.GetType().Name}: {reason}", inner);
    }

    private string Redact(string text) => text.Replace(token, "<token>", StringComparison.Ordinal);
}

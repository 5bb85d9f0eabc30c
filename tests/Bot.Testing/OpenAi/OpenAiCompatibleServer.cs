using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.OpenAi;

/// <summary>
/// An OpenAI-compatible HTTP server on 127.0.0.1 (port 0) for tests: POST /v1/chat/completions
/// (plain JSON and <c>stream: true</c> server-sent events) and POST /v1/embeddings, with the
/// OpenAI API's request and response shapes. Replies are scripted (a queue, then a callback),
/// every request is captured, and faults can be injected per request or for all requests.
/// </summary>
public sealed partial class OpenAiCompatibleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<string> _replies = new();
    private readonly ConcurrentQueue<OpenAiFault> _faults = new();
    private readonly ConcurrentQueue<CapturedChatRequest> _chatRequests = new();
    private readonly ConcurrentQueue<CapturedEmbeddingRequest> _embeddingRequests = new();
    private readonly ConcurrentQueue<string> _rejected = new();

    private OpenAiCompatibleServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>Base URL including /v1, as configured in Ai:Endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>Reply to a chat request when no queued reply is left.</summary>
    public Func<CapturedChatRequest, string> Reply { get; set; } = _ => "I do not know.";

    /// <summary>When set and returning a call, the model calls that tool instead of replying (only to requests that offer tools).</summary>
    public Func<CapturedChatRequest, ToolCallReply?>? ToolCall { get; set; }

    /// <summary>A fault applied to every request while set (after queued faults).</summary>
    public OpenAiFault Fault { get; set; }

    /// <summary>A slow but working server: every response starts only after this delay.</summary>
    public TimeSpan ResponseDelay { get; set; }

    /// <summary>A model that writes slowly: streamed replies pause this long before each piece.</summary>
    public TimeSpan StreamPieceDelay { get; set; }

    /// <summary>When set, requests without "Authorization: Bearer {key}" get HTTP 401.</summary>
    public string? RequiredApiKey { get; set; }

    /// <summary>Like OpenAI's reasoning models: a request with <c>max_tokens</c> gets 400 unsupported_parameter.</summary>
    public bool RejectMaxTokens { get; set; }

    /// <summary>
    /// Like Ollama and llama.cpp (false): <c>max_completion_tokens</c> is accepted and silently
    /// ignored, only <c>max_tokens</c> limits the reply. True (the default) honours both, as OpenAI does.
    /// </summary>
    public bool HonoursMaxCompletionTokens { get; set; } = true;

    /// <summary>Requests refused with HTTP 400, each with the server's message.</summary>
    public IReadOnlyList<string> RejectedRequests => _rejected.ToArray();

    /// <summary>Length of the deterministic vectors /v1/embeddings returns.</summary>
    public int EmbeddingDimensions { get; set; } = 8;

    public IReadOnlyList<CapturedChatRequest> ChatRequests => _chatRequests.ToArray();

    public IReadOnlyList<CapturedEmbeddingRequest> EmbeddingRequests => _embeddingRequests.ToArray();

    public static async Task<OpenAiCompatibleServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        OpenAiCompatibleServer? server = null;
        app.MapPost("/v1/chat/completions", (HttpContext context) => server!.ChatCompletionsAsync(context));
        app.MapPost("/v1/embeddings", (HttpContext context) => server!.EmbeddingsAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new OpenAiCompatibleServer(app, new Uri(address.TrimEnd('/') + "/v1"));
        return server;
    }

    /// <summary>An endpoint on which nothing listens: connections are refused.</summary>
    public static Uri RefusedEndpoint()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1");
    }

    /// <summary>Queues the text of the next chat reply.</summary>
    public void EnqueueReply(string text) => _replies.Enqueue(text);

    /// <summary>Queues a fault for the next request (chat or embeddings).</summary>
    public void EnqueueFault(OpenAiFault fault) => _faults.Enqueue(fault);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private OpenAiFault NextFault() => _faults.TryDequeue(out var fault) ? fault : Fault;

    private string NextReply(CapturedChatRequest request) => _replies.TryDequeue(out var reply) ? reply : Reply(request);

    /// <summary>Applies a fault that replaces the response; true when the response is done.</summary>
    private async Task<bool> ApplyTransportFaultAsync(HttpContext context, OpenAiFault fault)
    {
        if (ResponseDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(ResponseDelay, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return true;
            }
        }

        switch (fault)
        {
            case OpenAiFault.Hang:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, linked.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        // The client gave up or the server is stopping: nothing more to send.
                    }
                }

                context.Abort();
                return true;
            case OpenAiFault.Disconnect:
                context.Abort();
                return true;
            case OpenAiFault.ServerError:
                await WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "The server had an error while processing your request.", "server_error").ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> RejectUnauthorizedAsync(HttpContext context)
    {
        if (RequiredApiKey is null || string.Equals(context.Request.Headers.Authorization.ToString(), "Bearer " + RequiredApiKey, StringComparison.Ordinal))
        {
            return false;
        }

        await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "Incorrect API key provided.", "invalid_request_error").ConfigureAwait(false);
        return true;
    }
}

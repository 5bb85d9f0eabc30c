using System.Net;
using System.Text;
using System.Text.Json;
using Bot.Testing.OpenAi;

namespace Bot.Tests.Ai;

/// <summary>The test server refuses what api.openai.com refuses, so the real client cannot lean on leniency.</summary>
public sealed class OpenAiCompatibleServerTests : IAsyncLifetime
{
    private const string User = """{"role":"user","content":"hi"}""";

    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAiCompatibleServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public static TheoryData<string, string> RefusedBodies => new()
    {
        { "{\"model\":\"m\",\"messages\":[" + User + "],\"max_output\":5}", "Unrecognized request argument supplied: max_output" },
        { "{\"messages\":[" + User + "]}", "you must provide a model parameter" },
        { "{\"model\":\"m\",\"messages\":[]}", "Invalid 'messages': empty array" },
        { "{\"model\":\"m\",\"messages\":[{\"role\":\"robot\",\"content\":\"hi\"}]}", "Invalid value: 'robot'" },
        { "{\"model\":\"m\",\"messages\":[" + User + ",{\"role\":\"tool\",\"tool_call_id\":\"call_1\",\"content\":\"x\"}]}", "must be a response to a preceeding message with 'tool_calls'" },
        {
            "{\"model\":\"m\",\"messages\":[" + User + ",{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}," + User + "]}",
            "did not have response messages: call_1"
        },
        { "{\"model\":\"m\",\"messages\":[" + User + "],\"stream_options\":{\"include_usage\":true}}", "only allowed when 'stream' is enabled" },
        { "{\"model\":\"m\",\"messages\":[" + User + "],\"temperature\":3}", "Invalid 'temperature'" },
        { "{\"model\":\"m\",\"messages\":[" + User + "],\"tool_choice\":\"auto\"}", "only allowed when 'tools' are specified" },
        { "{\"model\":\"m\",\"messages\":[" + User + "],\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"articles.search\"}}]}", "does not match pattern" },
    };

    [Theory]
    [MemberData(nameof(RefusedBodies))]
    public async Task ChatCompletions_RequestARealServerRefuses_Is400WithItsMessage(string body, string message)
    {
        var (status, text) = await PostAsync("chat/completions", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, text, StringComparison.Ordinal);
        Assert.Empty(_server.ChatRequests);
    }

    [Fact]
    public async Task ChatCompletions_MaxTokensOnAReasoningModel_Is400()
    {
        _server.RejectMaxTokens = true;

        var (status, text) = await PostAsync("chat/completions", "{\"model\":\"m\",\"messages\":[" + User + "],\"max_tokens\":5}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Use 'max_completion_tokens' instead", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "length")]
    [InlineData(false, "stop")]
    public async Task ChatCompletions_MaxCompletionTokens_IsHonouredOnlyWhereTheServerReadsIt(bool honours, string finishReason)
    {
        _server.HonoursMaxCompletionTokens = honours;
        _server.EnqueueReply("one two three four five six");

        var (status, text) = await PostAsync("chat/completions", "{\"model\":\"m\",\"messages\":[" + User + "],\"max_completion_tokens\":2}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"\"finish_reason\":\"{finishReason}\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"model\":\"e\",\"input\":[]}")]
    [InlineData("{\"model\":\"e\",\"input\":[\"\"]}")]
    [InlineData("{\"model\":\"e\",\"input\":\"a\",\"batch\":2}")]
    public async Task Embeddings_RequestARealServerRefuses_Is400(string body)
    {
        var (status, _) = await PostAsync("embeddings", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(_server.EmbeddingRequests);
    }

    private async Task<(HttpStatusCode Status, string Text)> PostAsync(string path, string body)
    {
        using var http = new HttpClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri(_server.Endpoint + "/" + path), content);
        var text = await response.Content.ReadAsStringAsync();

        // An error's message, as a client shows it; a success's body as sent.
        return (response.StatusCode, response.IsSuccessStatusCode ? text : JsonDocument.Parse(text).RootElement.GetProperty("error").GetProperty("message").GetString()!);
    }
}

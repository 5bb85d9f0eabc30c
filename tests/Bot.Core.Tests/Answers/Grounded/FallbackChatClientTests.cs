using System.Text.Json;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.ChatModels;
using Bot.Core.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Answers.Grounded;

/// <summary>The chat pipeline's fallback client and timeout, under the grounded answerer.</summary>
public sealed class FallbackChatClientTests
{
    private const string Question = "When did Austin last call Shoigu?";

    private readonly RecordingAnswerer _extractive = new();
    private readonly ListLogger<FallbackChatClientTests> _logger = new();

    public static TheoryData<string> Faults => new() { "timeout", "http 500", "refused", "malformed", "empty" };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AnswerAsync_ModelFault_ReturnsTheExtractiveAnswer(string fault)
    {
        var answerer = Grounded(WithFallback(ChatClientFor(fault)));

        var answer = await answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal(RecordingAnswerer.Engine, answer.Engine);
        Assert.Equal([Question], _extractive.Questions);
        Assert.Equal(1, _logger.Count(LogLevel.Warning));
    }

    [Fact]
    public async Task AnswerAsync_RepeatedFaults_WarnOncePerOutage()
    {
        var healthy = false;
        var model = new ScriptedChatClient(_ => healthy ? "On 21 October 2022 [1]." : throw new HttpRequestException("Connection refused"));
        var answerer = Grounded(WithFallback(model));

        await answerer.AnswerAsync(new AnswerRequest(Question), default);
        await answerer.AnswerAsync(new AnswerRequest(Question), default);
        await answerer.AnswerAsync(new AnswerRequest(Question), default);
        healthy = true;
        var recovered = await answerer.AnswerAsync(new AnswerRequest(Question), default);
        healthy = false;
        await answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal("chat:test-model", recovered.Engine);
        Assert.Equal(2, _logger.Count(LogLevel.Warning));
        Assert.Single(_logger.Entries, e => e.Id.Id == 4012);
        Assert.Equal(2, _logger.Entries.Count(e => e.Id.Id == 4011));
        Assert.All(_logger.Entries, e => Assert.DoesNotContain("   at ", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_CallerCancels_DoesNotFallBack()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var answerer = Grounded(WithFallback(FailingChatClient.Hanging(), TimeSpan.FromMinutes(5)));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => answerer.AnswerAsync(new AnswerRequest(Question), cancelled.Token));
        Assert.Empty(_extractive.Questions);
    }

    [Fact]
    public async Task AnswerStreamingAsync_FaultMidStream_EndsWithTheExtractiveAnswer()
    {
        var answerer = Grounded(WithFallback(new FailingChatClient(() => new HttpRequestException("reset"))));

        var updates = new List<AnswerUpdate>();
        await foreach (var update in answerer.AnswerStreamingAsync(new AnswerRequest(Question), default))
        {
            updates.Add(update);
        }

        Assert.Equal("Austin", updates[0].Text);
        Assert.Equal(RecordingAnswerer.Engine, updates[^1].Final!.Engine);
        Assert.Equal(1, _logger.Count(LogLevel.Warning));
    }

    [Fact]
    public async Task TimeoutChatClient_ModelTooSlow_ThrowsTimeoutException()
    {
        var client = FailingChatClient.Hanging().AsBuilder().UseTimeout(TimeSpan.FromMilliseconds(20)).Build();

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeoutChatClient_StreamStalls_ThrowsTimeoutException()
    {
        var client = FailingChatClient.Hanging().AsBuilder().UseTimeout(TimeSpan.FromMilliseconds(20)).Build();

        await Assert.ThrowsAsync<TimeoutException>(async () =>
        {
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")]))
            {
                Assert.Equal("Austin", update.Text);
            }
        });
    }

    private static IChatClient ChatClientFor(string fault) => fault switch
    {
        "timeout" => FailingChatClient.Hanging().AsBuilder().UseTimeout(TimeSpan.FromMilliseconds(20)).Build(),
        "http 500" => new FailingChatClient(() => new HttpRequestException("Service error", null, System.Net.HttpStatusCode.InternalServerError)),
        "refused" => new FailingChatClient(() => new HttpRequestException("Connection refused (127.0.0.1:9)")),
        "malformed" => new FailingChatClient(() => new JsonException("'{' is invalid after a value.")),
        _ => new ScriptedChatClient(string.Empty),
    };

    private IChatClient WithFallback(IChatClient model, TimeSpan? timeout = null)
    {
        var builder = model.AsBuilder().UseFallback(_logger);
        if (timeout is { } t)
        {
            builder.UseTimeout(t);
        }

        return builder.Build();
    }

    private GroundedAnswerer Grounded(IChatClient model)
        => new(ChatKernel.Create(model), RepositoryPrompts.Load(), new FixedRetriever(GroundingCorpus.OctoberCall), new GroundingCorpus(), _extractive, null, new GroundedAnswerOptions("test-model"), new ListLogger<GroundedAnswerer>());
}

using Bot.Ai;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Prompts;
using Bot.Testing.OpenAi;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Ai;

public sealed class ChatModelCompositionTests : IAsyncLifetime
{
    private const string Question = "When did Austin last call Shoigu?";

    private readonly string _contentRoot = ChatModelHost.NewContentRoot();
    private OpenAiCompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAiCompatibleServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }

    [Fact]
    public async Task AnswerAsync_ThroughOpenAiServer_SendsQuestionAndPassagesAndShowsSources()
    {
        _server.RequiredApiKey = "sk-test";
        _server.EnqueueReply("Austin last spoke with Shoigu on Friday, 21 October 2022 [1].");
        await using var host = await StartAsync(("Ai:ApiKey", "sk-test"));

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        var request = Assert.Single(_server.ChatRequests);
        Assert.Equal("test-model", request.Model);
        Assert.False(request.Stream);
        Assert.Equal("system", request.Messages[0].Role);
        Assert.Contains(Question, request.LastUser, StringComparison.Ordinal);
        Assert.Contains(AiFixtures.OctoberCall.Sentences[1], request.LastUser, StringComparison.Ordinal);
        Assert.Equal(0.1, request.Temperature!.Value, 3);
        Assert.Equal("Bearer sk-test", request.Authorization);
        Assert.Equal("chat:test-model", answer.Engine);
        Assert.True(answer.Answered);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(AiFixtures.October.Id, citation.Article);
        Assert.Empty(host.Fixtures.ExtractiveQuestions);
    }

    [Theory]
    [InlineData(OpenAiFault.ServerError)]
    [InlineData(OpenAiFault.MalformedJson)]
    [InlineData(OpenAiFault.EmptyChoices)]
    [InlineData(OpenAiFault.Disconnect)]
    [InlineData(OpenAiFault.Hang)]
    public async Task AnswerAsync_ServerFault_FallsBackToTheExtractiveAnswer(OpenAiFault fault)
    {
        _server.Fault = fault;

        // Only a hanging server needs the shortest timeout; the others fail on their own.
        await using var host = await StartAsync(("Ai:TimeoutSeconds", fault == OpenAiFault.Hang ? "2" : "60"));

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal(AiFixtures.ExtractiveEngine, answer.Engine);
        Assert.Equal([Question], host.Fixtures.ExtractiveQuestions);
        Assert.NotEmpty(_server.ChatRequests);
        Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Id.Id == 4010);
    }

    [Fact]
    public async Task AnswerAsync_SlowButWithinTimeout_AnswersWithTheModel()
    {
        _server.ResponseDelay = TimeSpan.FromMilliseconds(300);
        _server.EnqueueReply("On Friday, 21 October 2022 [1].");
        await using var host = await StartAsync(("Ai:TimeoutSeconds", "60"));

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal("chat:test-model", answer.Engine);
        Assert.Empty(host.Fixtures.ExtractiveQuestions);
    }

    [Fact]
    public async Task AnswerAsync_ConnectionRefused_FallsBackAndWarnsOncePerOutage()
    {
        await using var host = await StartAsync(("Ai:Endpoint", OpenAiCompatibleServer.RefusedEndpoint().ToString()));

        var first = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);
        var second = await host.Answerer.AnswerAsync(new AnswerRequest("Who initiated the May call?"), default);

        Assert.Equal(AiFixtures.ExtractiveEngine, first.Engine);
        Assert.Equal(AiFixtures.ExtractiveEngine, second.Engine);
        Assert.Single(host.Logs.Entries, e => e.Level == LogLevel.Warning);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Message.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerStreamingAsync_ThroughOpenAiServer_StreamsThenEndsWithSources()
    {
        _server.EnqueueReply("Austin last spoke with Shoigu on Friday, 21 October 2022 [1].");
        await using var host = await StartAsync();
        var streaming = host.Host.Services.GetRequiredService<IStreamingAnswerer>();

        var updates = new List<AnswerUpdate>();
        await foreach (var update in streaming.AnswerStreamingAsync(new AnswerRequest(Question, "chat-1"), default))
        {
            updates.Add(update);
        }

        Assert.True(_server.ChatRequests[0].Stream);
        Assert.True(updates.Count > 3);
        Assert.Equal("Austin", updates[0].Text);
        var final = updates[^1].Final!;
        Assert.Equal("Austin last spoke with Shoigu on Friday, 21 October 2022 [1].", final.Text);
        Assert.Single(final.Citations);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpWithModel_AsksTheModelForAStandaloneQuestion()
    {
        _server.Reply = request => request.System!.Contains("rewrite", StringComparison.Ordinal)
            ? "When did Austin call Shoigu before 21 October 2022?"
            : "On Friday, 21 October 2022 [1].";
        await using var host = await StartAsync();

        await host.Answerer.AnswerAsync(new AnswerRequest(Question, "chat-1"), default);
        var followUp = await host.Answerer.AnswerAsync(new AnswerRequest("And before that?", "chat-1"), default);

        Assert.Equal(3, _server.ChatRequests.Count);
        Assert.Contains("And before that?", _server.ChatRequests[1].LastUser, StringComparison.Ordinal);
        Assert.Equal("When did Austin call Shoigu before 21 October 2022?", followUp.Question);
        Assert.Contains("When did Austin call Shoigu before 21 October 2022?", _server.ChatRequests[2].LastUser, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_LocalServer_SendsTheLimitAsMaxTokensWhichOllamaReads()
    {
        _server.HonoursMaxCompletionTokens = false;
        _server.EnqueueReply("On Friday, 21 October 2022 [1].");
        await using var host = await StartAsync();

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        var request = Assert.Single(_server.ChatRequests);
        Assert.Equal("max_tokens", request.MaxTokensField);
        Assert.Equal(400, request.MaxTokens);
        Assert.Equal("chat:test-model", answer.Engine);
    }

    [Fact]
    public async Task AnswerAsync_ReasoningModelThatRefusesMaxTokens_IsAnsweredWithMaxCompletionTokens()
    {
        _server.RejectMaxTokens = true;
        _server.EnqueueReply("On Friday, 21 October 2022 [1].");
        await using var host = await StartAsync(("Ai:TokenLimitParameter", "max_completion_tokens"));

        var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal("max_completion_tokens", Assert.Single(_server.ChatRequests).MaxTokensField);
        Assert.Empty(_server.RejectedRequests);
        Assert.Equal("chat:test-model", answer.Engine);
    }

    [Fact]
    public async Task StartAsync_InvalidPromptTemplate_FailsNamingTheFile()
    {
        var answer = Path.Combine(_contentRoot, "prompts", "answer.yaml");
        await File.WriteAllTextAsync(answer, (await File.ReadAllTextAsync(answer)).Replace("{{/each}}", string.Empty, StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<PromptTemplateException>(() => StartAsync());

        Assert.Equal(answer, error.FilePath);
        Assert.Contains("answer.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("Handlebars", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ai:Endpoint", "localhost:11434", "Ai:Endpoint")]
    [InlineData("Ai:TimeoutSeconds", "0", "Ai:TimeoutSeconds")]
    [InlineData("Ai:Endpoint", "", "Ai:ApiKey")]
    [InlineData("Ai:TokenLimitParameter", "max_output_tokens", "Ai:TokenLimitParameter")]
    public async Task StartAsync_InvalidOptions_FailsNamingTheKey(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync((key, value)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddChatModel_NoChatModel_KeepsTheExtractiveAnswererWithConversationMemory()
    {
        await using (var host = await ChatModelHost.StartAsync(_contentRoot, new Dictionary<string, string?>()))
        {
            Assert.Null(host.Host.Services.GetService<IChatClient>());
            var answer = await host.Answerer.AnswerAsync(new AnswerRequest(Question, "chat-7"), default);
            Assert.Equal(AiFixtures.ExtractiveEngine, answer.Engine);
        }

        // A restart keeps the conversation: the follow-up is rewritten from the stored turn.
        await using var restarted = await ChatModelHost.StartAsync(_contentRoot, new Dictionary<string, string?>());
        var followUp = await restarted.Answerer.AnswerAsync(new AnswerRequest("And before that?", "chat-7"), default);

        Assert.Equal("When did Austin last call Shoigu before 21 October 2022?", restarted.Fixtures.ExtractiveQuestions.Single());
        Assert.Equal(AiFixtures.ExtractiveEngine, followUp.Engine);
        Assert.Empty(_server.ChatRequests);
    }

    [Fact]
    public async Task AnswererResolution_InvalidOptions_FailsEvenWithoutStartingTheHost()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new() { ContentRootPath = _contentRoot });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Ai:TimeoutSeconds"] = "-1" });
        builder.Services.AddSingleton<IAnswerer>(new AiFixtures());
        builder.Services.AddChatModel(builder.Configuration);
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IAnswerer>());

        Assert.Contains("Ai:TimeoutSeconds", error.Message, StringComparison.Ordinal);
    }

    private Task<ChatModelHost> StartAsync(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = _server.Endpoint.ToString(),
            ["Ai:ChatModel"] = "test-model",
            ["Ai:MaxRetries"] = "0",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return ChatModelHost.StartAsync(_contentRoot, settings);
    }
}

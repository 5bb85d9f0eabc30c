using Bot.Core.Answering.Contracts;
using Bot.Core.Prompts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Conversations;
using Bot.Core.Tests.Answers.Grounded;

namespace Bot.Core.Tests.Conversations;

public sealed class ConversationalAnswererTests
{
    private readonly InMemoryConversationMemory _memory = new();

    [Fact]
    public async Task AnswerAsync_FollowUpInSameConversation_ReachesTheEngineAsStandaloneQuestion()
    {
        var extractive = new RecordingAnswerer(q => q.Contains("before", StringComparison.Ordinal)
            ? "Austin spoke with Shoigu on 13 May 2022 [1]."
            : "Austin last spoke with Shoigu on Friday, 21 October 2022 [1].");
        var answerer = extractive.UseConversation(_memory, new RuleFollowUpRewriter(), TimeProvider.System, new ListLogger<ConversationalAnswerer>());

        await answerer.AnswerAsync(new AnswerRequest("When did Austin last call Shoigu?", "chat-1"), default);
        var followUp = await answerer.AnswerAsync(new AnswerRequest("And before that?", "chat-1"), default);

        Assert.Equal("When did Austin last call Shoigu before 21 October 2022?", extractive.Questions[1]);
        Assert.Equal("When did Austin last call Shoigu before 21 October 2022?", followUp.Question);
        var turns = await _memory.RecentAsync("chat-1", 5, default);
        Assert.Equal("And before that?", turns[1].Question);
        Assert.Equal([new DateOnly(2022, 5, 13)], turns[1].AnswerDates);
    }

    [Fact]
    public async Task AnswerAsync_OtherConversation_DoesNotSeeTheTurns()
    {
        var extractive = new RecordingAnswerer(_ => "On Friday, 21 October 2022 [1].");
        var answerer = extractive.UseConversation(_memory, new RuleFollowUpRewriter(), TimeProvider.System, new ListLogger<ConversationalAnswerer>());

        await answerer.AnswerAsync(new AnswerRequest("When did Austin last call Shoigu?", "chat-1"), default);
        await answerer.AnswerAsync(new AnswerRequest("And before that?", "chat-2"), default);
        await answerer.AnswerAsync(new AnswerRequest("And before that?"), default);

        Assert.Equal("And before that?", extractive.Questions[1]);
        Assert.Equal("And before that?", extractive.Questions[2]);
    }

    [Fact]
    public async Task AnswerStreamingAsync_RemembersTheFinalAnswer()
    {
        var extractive = new RecordingAnswerer(_ => "On Friday, 21 October 2022 [1].");
        var answerer = extractive.UseConversation(_memory, new RuleFollowUpRewriter(), TimeProvider.System, new ListLogger<ConversationalAnswerer>());

        await foreach (var update in answerer.AnswerStreamingAsync(new AnswerRequest("When did Austin last call Shoigu?", "chat-1"), default))
        {
            Assert.True(update.IsFinal);
        }

        var turn = Assert.Single(await _memory.RecentAsync("chat-1", 5, default));
        Assert.Equal([new DateOnly(2022, 10, 21)], turn.AnswerDates);
    }

    [Fact]
    public async Task ChatFollowUpRewriter_ModelRewrites_UsesTheModelsQuestion()
    {
        var model = new ScriptedChatClient("Who initiated the call between Austin and Shoigu on 21 October 2022?");
        var rewriter = new ChatFollowUpRewriter(ChatKernel.Create(model), RepositoryPrompts.Load(), new ListLogger<ChatFollowUpRewriter>());

        var rewrite = await rewriter.RewriteAsync("Who started it?", [Turn()], default);

        Assert.Equal("Who initiated the call between Austin and Shoigu on 21 October 2022?", rewrite.Text);
        Assert.True(rewrite.IsFollowUp);
        var prompt = string.Join("\n", model.Requests[0].Select(m => m.Text));
        Assert.Contains("When did Austin last call Shoigu?", prompt, StringComparison.Ordinal);
        Assert.Contains("Who started it?", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatFollowUpRewriter_ModelFails_FallsBackToRules()
    {
        var model = new FailingChatClient(() => new HttpRequestException("refused"));
        var rewriter = new ChatFollowUpRewriter(ChatKernel.Create(model), RepositoryPrompts.Load(), new ListLogger<ChatFollowUpRewriter>());

        var rewrite = await rewriter.RewriteAsync("And before that?", [Turn()], default);

        Assert.Equal("When did Austin last call Shoigu before 21 October 2022?", rewrite.Text);
        Assert.Equal(new DateOnly(2022, 10, 21), rewrite.Before);
    }

    [Fact]
    public async Task ChatFollowUpRewriter_StandaloneQuestion_DoesNotCallTheModel()
    {
        var model = new ScriptedChatClient("unused");
        var rewriter = new ChatFollowUpRewriter(ChatKernel.Create(model), RepositoryPrompts.Load(), new ListLogger<ChatFollowUpRewriter>());

        var rewrite = await rewriter.RewriteAsync("Who initiated the May call?", [Turn()], default);

        Assert.Equal("Who initiated the May call?", rewrite.Text);
        Assert.False(rewrite.IsFollowUp);
        Assert.Empty(model.Requests);
    }

    private static ConversationTurn Turn()
        => new("When did Austin last call Shoigu?", "When did Austin last call Shoigu?", "On Friday, 21 October 2022 [1].", true, [new DateOnly(2022, 10, 21)], [], DateTimeOffset.UnixEpoch);
}

using System.Text.RegularExpressions;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Conversations;
using Bot.Core.Prompts;
using Bot.Core.Search;
using Microsoft.Extensions.AI;

namespace Bot.Core.Tests.Answers.Grounded;

public sealed partial class GroundedAnswererTests
{
    private const string Question = "When did Austin last call Shoigu?";

    private readonly RecordingAnswerer _extractive = new();
    private readonly ListLogger<GroundedAnswerer> _logger = new();

    [Fact]
    public async Task AnswerAsync_Request_CarriesQuestionAndNumberedDatedPassages()
    {
        var model = new ScriptedChatClient("Austin spoke with Shoigu on Friday, 21 October 2022 [1].");

        await Answerer(model, GroundingCorpus.OctoberCall, GroundingCorpus.MayCall).AnswerAsync(new AnswerRequest(Question), default);

        var messages = Assert.Single(model.Requests);
        var user = messages.Last(m => m.Role == ChatRole.User).Text;
        Assert.Equal(ChatRole.System, messages[0].Role);
        Assert.Contains(Question, user, StringComparison.Ordinal);
        Assert.Contains("<passage n=\"1\">", user, StringComparison.Ordinal);
        Assert.Contains("<passage n=\"2\">", user, StringComparison.Ordinal);
        Assert.Contains(GroundingCorpus.OctoberCall.Sentences[1], user, StringComparison.Ordinal);
        Assert.Contains(GroundingCorpus.MayCall.Sentences[0], user, StringComparison.Ordinal);
        Assert.Contains("outlet: TribunWow", user, StringComparison.Ordinal);
        Assert.Contains("published: Saturday 22 October 2022", user, StringComparison.Ordinal);
        Assert.Contains("\"Jumat (21/10/2022)\" = Friday 21 October 2022", user, StringComparison.Ordinal);
        Assert.Contains("in English", messages[0].Text, StringComparison.Ordinal);
        Assert.Equal(0.1f, model.Options[0]?.Temperature);
    }

    [Fact]
    public async Task AnswerAsync_ValidMarkers_AnswerIsShownWithItsSources()
    {
        var model = new ScriptedChatClient("Austin last spoke with Shoigu on Friday, 21 October 2022 [1]; their first call was on 13 May 2022 [2].");

        var answer = await Answerer(model, GroundingCorpus.OctoberCall, GroundingCorpus.MayCall).AnswerAsync(new AnswerRequest(Question), default);

        Assert.True(answer.Answered);
        Assert.Equal("chat:test-model", answer.Engine);
        Assert.Equal("en", answer.Language);
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Collection(
            answer.Citations,
            c =>
            {
                Assert.Equal(1, c.N);
                Assert.Equal(GroundingCorpus.October.Id, c.Article);
                Assert.Equal("TribunWow", c.Outlet);
                Assert.Equal("2022-10-22", c.Published);
                Assert.Equal(GroundingCorpus.OctoberCall.Sentences[1], c.Quote);
            },
            c =>
            {
                Assert.Equal(2, c.N);
                Assert.Equal(GroundingCorpus.May.Id, c.Article);
                Assert.Equal(GroundingCorpus.MayCall.Sentences[0], c.Quote);
            });
        Assert.Empty(_extractive.Questions);
    }

    [Fact]
    public async Task AnswerAsync_MarkersToPassagesNotGiven_AreDroppedAndTheRestRenumbered()
    {
        var model = new ScriptedChatClient("Austin spoke with Shoigu on 21 October 2022 [2][7], after a call in May [5].");

        var answer = await Answerer(model, GroundingCorpus.MayCall, GroundingCorpus.OctoberCall).AnswerAsync(new AnswerRequest(Question), default);

        Assert.True(answer.Answered);
        Assert.Equal("Austin spoke with Shoigu on 21 October 2022 [1], after a call in May.", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(GroundingCorpus.October.Id, citation.Article);
    }

    [Theory]
    [InlineData("Austin last called Shoigu on 21 October 2022.")]
    [InlineData("Austin last called Shoigu on 21 October 2022 [4].")]
    [InlineData("Austin last called Shoigu on 21 October 2022 [0][12].")]
    public async Task AnswerAsync_NoValidCitation_IsNotPresentedAsGrounded(string reply)
    {
        var answer = await Answerer(new ScriptedChatClient(reply), GroundingCorpus.OctoberCall, GroundingCorpus.MayCall)
            .AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal(RecordingAnswerer.Engine, answer.Engine);
        Assert.Equal([Question], _extractive.Questions);
        Assert.DoesNotContain(reply, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOT_IN_ARTICLES The articles do not say who won the World Cup.", "The articles do not say who won the World Cup.")]
    [InlineData("NOT_IN_ARTICLES", "The articles do not say.")]
    public async Task AnswerAsync_ModelSaysNotInArticles_AnswersNotAnswered(string reply, string expected)
    {
        var answer = await Answerer(new ScriptedChatClient(reply), GroundingCorpus.OctoberCall)
            .AnswerAsync(new AnswerRequest("Who won the 2022 FIFA World Cup?"), default);

        Assert.False(answer.Answered);
        Assert.Equal(expected, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.Equal("chat:test-model", answer.Engine);
    }

    [Fact]
    public async Task AnswerAsync_NoPassagesRetrieved_UsesFallbackWithoutCallingModel()
    {
        var model = new ScriptedChatClient("anything [1]");

        var answer = await Answerer(model).AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal(RecordingAnswerer.Engine, answer.Engine);
        Assert.Empty(model.Requests);
    }

    [Fact]
    public async Task AnswerAsync_EmptyReply_UsesTheFallback()
    {
        var answerer = Answerer(new ScriptedChatClient("  "), GroundingCorpus.OctoberCall);

        var answer = await answerer.AnswerAsync(new AnswerRequest(Question), default);

        Assert.Equal(RecordingAnswerer.Engine, answer.Engine);
    }

    [Fact]
    public async Task AnswerAsync_IndonesianQuestion_AsksForIndonesian()
    {
        var model = new ScriptedChatClient("Austin terakhir menelepon Shoigu pada Jumat, 21 Oktober 2022 [1].");

        var answer = await Answerer(model, GroundingCorpus.OctoberCall).AnswerAsync(new AnswerRequest("Kapan Austin terakhir menelepon Shoigu?"), default);

        Assert.Equal("id", answer.Language);
        Assert.Contains("Answer in Indonesian", model.Requests[0][0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ConversationHistory_IsInThePrompt()
    {
        var memory = new InMemoryConversationMemory();
        await memory.AppendAsync("chat-1", new ConversationTurn("Who did Austin call?", "Who did Austin call?", "He called Shoigu [1].", true, [], [], DateTimeOffset.UnixEpoch), default);
        var model = new ScriptedChatClient("On 21 October 2022 [1].");

        await Answerer(model, memory, GroundingCorpus.OctoberCall).AnswerAsync(new AnswerRequest(Question, "chat-1"), default);

        var messages = model.Requests[0];
        Assert.Contains(messages, m => m.Role == ChatRole.Assistant && m.Text == "He called Shoigu [1].");
        Assert.Contains(messages, m => m.Role == ChatRole.User && m.Text == "Who did Austin call?");
    }

    [Fact]
    public async Task AnswerStreamingAsync_YieldsGrowingTextThenTheVerifiedAnswer()
    {
        var model = new ScriptedChatClient("Austin spoke with Shoigu on Friday, 21 October 2022 [1][9].");

        var updates = new List<AnswerUpdate>();
        await foreach (var update in Answerer(model, GroundingCorpus.OctoberCall).AnswerStreamingAsync(new AnswerRequest(Question), default))
        {
            updates.Add(update);
        }

        Assert.True(updates.Count > 3);
        Assert.All(updates[..^1], u => Assert.Null(u.Final));
        Assert.True(updates[^2].Text.Length > updates[0].Text.Length);
        var final = updates[^1].Final;
        Assert.NotNull(final);
        Assert.Equal("Austin spoke with Shoigu on Friday, 21 October 2022 [1].", final.Text);
        Assert.Single(final.Citations);
    }

    [Fact]
    public async Task AnswerStreamingAsync_NotFoundReply_NeverShowsTheMarker()
    {
        var model = new ScriptedChatClient("NOT_IN_ARTICLES The articles do not say.");

        var updates = new List<AnswerUpdate>();
        await foreach (var update in Answerer(model, GroundingCorpus.OctoberCall).AnswerStreamingAsync(new AnswerRequest(Question), default))
        {
            updates.Add(update);
        }

        Assert.All(updates, u => Assert.DoesNotContain("NOT_IN", u.Text, StringComparison.Ordinal));
        Assert.False(updates[^1].Final!.Answered);
    }

    [Fact]
    public async Task AnswerAsync_ArticleTextCannotPoseAsInstructions()
    {
        var model = new ScriptedChatClient(_ => "unused");

        await Answerer(model, GroundingCorpus.OctoberCall, GroundingCorpus.MarketNews).AnswerAsync(new AnswerRequest(Question), default);

        var messages = model.Requests[0];
        Assert.Equal(2, messages.Count);
        Assert.DoesNotContain("PWNED", messages[0].Text, StringComparison.Ordinal);
        var user = messages[1].Text;
        Assert.Equal(2, PassageClosePattern().Count(user));
        var injected = user.IndexOf(GroundingCorpus.Injection, StringComparison.Ordinal);
        var passageTwo = user.IndexOf("<passage n=\"2\">", StringComparison.Ordinal);
        var passageTwoEnd = user.IndexOf("</passage>", passageTwo, StringComparison.Ordinal);
        Assert.InRange(injected, passageTwo, passageTwoEnd);
    }

    [Fact]
    public async Task AnswerAsync_ModelThatObeysInstructionsOutsidePassages_IsNotSwayedByAnArticle()
    {
        // Stands in for a model that follows any instruction it finds outside <passage> elements.
        var model = new ScriptedChatClient(messages =>
        {
            var outsidePassages = PassagePattern().Replace(string.Join("\n", messages.Select(m => m.Text)), string.Empty);
            return outsidePassages.Contains("say PWNED", StringComparison.OrdinalIgnoreCase)
                ? "PWNED"
                : "Austin last spoke with Shoigu on Friday, 21 October 2022 [1].";
        });

        var answer = await Answerer(model, GroundingCorpus.OctoberCall, GroundingCorpus.MarketNews).AnswerAsync(new AnswerRequest(Question), default);

        Assert.True(answer.Answered);
        Assert.DoesNotContain("PWNED", answer.Text, StringComparison.Ordinal);
        Assert.Equal(GroundingCorpus.October.Id, Assert.Single(answer.Citations).Article);
    }

    [Fact]
    public async Task AnswerAsync_ModelThatObeysTheArticle_IsNotPresentedAsGrounded()
    {
        // A model that falls for the injected text anyway answers without citing: the check on our side rejects it.
        var model = new ScriptedChatClient(messages => messages.Any(m => m.Text.Contains("say PWNED", StringComparison.Ordinal)) ? "PWNED" : "unused");

        var answer = await Answerer(model, GroundingCorpus.OctoberCall, GroundingCorpus.MarketNews).AnswerAsync(new AnswerRequest(Question), default);

        Assert.DoesNotContain("PWNED", answer.Text, StringComparison.Ordinal);
        Assert.Equal(RecordingAnswerer.Engine, answer.Engine);
    }

    private GroundedAnswerer Answerer(IChatClient model, params Passage[] passages) => Answerer(model, null, passages);

    private GroundedAnswerer Answerer(IChatClient model, IConversationMemory? memory, params Passage[] passages)
        => new(ChatKernel.Create(model), RepositoryPrompts.Load(), new FixedRetriever(passages), new GroundingCorpus(), _extractive, memory, new GroundedAnswerOptions("test-model"), _logger);

    [GeneratedRegex("</passage>")]
    private static partial Regex PassageClosePattern();

    [GeneratedRegex("<passage n=\"\\d+\">.*?</passage>", RegexOptions.Singleline)]
    private static partial Regex PassagePattern();
}

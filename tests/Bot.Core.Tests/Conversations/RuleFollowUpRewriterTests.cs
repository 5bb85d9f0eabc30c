using Bot.Core.Conversations;
using Bot.Core.Time;

namespace Bot.Core.Tests.Conversations;

public sealed class RuleFollowUpRewriterTests
{
    private const string LastCall = "When did Austin last call Shoigu?";
    private const string LastCallAnswer = "Austin last spoke with Shoigu on Friday, 21 October 2022 [1][2].";

    [Fact]
    public void Rewrite_AndBeforeThatAfterLastCall_ConstrainsToBeforeTheAnsweredDate()
    {
        var rewrite = RuleFollowUpRewriter.Rewrite("And before that?", [Turn(LastCall, LastCallAnswer)]);

        Assert.True(rewrite.IsFollowUp);
        Assert.Equal("When did Austin last call Shoigu before 21 October 2022?", rewrite.Text);
        Assert.Equal(new DateOnly(2022, 10, 21), rewrite.Before);
        Assert.Null(rewrite.After);
    }

    [Theory]
    [InlineData("And before that?", LastCall, LastCallAnswer, "When did Austin last call Shoigu before 21 October 2022?")]
    [InlineData("before then?", LastCall, "On 2022-10-21 [1].", "When did Austin last call Shoigu before 21 October 2022?")]
    [InlineData("What about the one before?", LastCall, LastCallAnswer, "When did Austin last call Shoigu before 21 October 2022?")]
    [InlineData("Dan sebelum itu?", "Kapan Austin terakhir menelepon Shoigu?", "Pada Jumat, 21 Oktober 2022 [1].", "Kapan Austin terakhir menelepon Shoigu sebelum 21 Oktober 2022?")]
    [InlineData("sebelumnya kapan?", "Kapan Austin terakhir menelepon Shoigu?", "Pada 21/10/2022 [1].", "Kapan Austin terakhir menelepon Shoigu sebelum 21 Oktober 2022?")]
    [InlineData("And before that?", "When did Austin last call Shoigu before 21 October 2022?", "On 13 May 2022 [1].", "When did Austin last call Shoigu before 13 May 2022?")]
    [InlineData("And after that?", "When did Austin first call Shoigu after the invasion?", "On May 13, 2022 [1].", "When did Austin first call Shoigu after the invasion after 13 May 2022?")]
    [InlineData("What happened before that?", LastCall, LastCallAnswer, "What happened before 21 October 2022?")]
    public void Rewrite_DateFollowUps_BecomeStandalone(string question, string previous, string previousAnswer, string expected)
    {
        var rewrite = RuleFollowUpRewriter.Rewrite(question, [Turn(previous, previousAnswer)]);

        Assert.True(rewrite.IsFollowUp);
        Assert.Equal(expected, rewrite.Text);
    }

    [Theory]
    [InlineData("siapa yang memulai?", "siapa yang memulai (Austin last call Shoigu)?")]
    [InlineData("Who started it?", "Who started it (Austin last call Shoigu)?")]
    [InlineData("And why?", "And why (Austin last call Shoigu)?")]
    [InlineData("How long did it last?", "How long did it last (Austin last call Shoigu)?")]
    public void Rewrite_QuestionWithoutTopic_GetsThePreviousTopic(string question, string expected)
    {
        var rewrite = RuleFollowUpRewriter.Rewrite(question, [Turn(LastCall, LastCallAnswer)]);

        Assert.True(rewrite.IsFollowUp);
        Assert.Equal(expected, rewrite.Text);
        Assert.Null(rewrite.Before);
    }

    [Theory]
    [InlineData("Who won the 2022 FIFA World Cup?")]
    [InlineData("What is the capital of Australia?")]
    [InlineData("How long did the May phone call last?")]
    [InlineData("Siapa juru bicara Kementerian Luar Negeri AS yang menanggapi pernyataan Lavrov?")]
    [InlineData("When did the Russian invasion of Ukraine begin?")]
    [InlineData("Berapa total bantuan pemerintahan Biden kepada Kyiv?")]
    public void Rewrite_StandaloneQuestion_IsLeftAsAsked(string question)
    {
        var rewrite = RuleFollowUpRewriter.Rewrite(question, [Turn(LastCall, LastCallAnswer)]);

        Assert.False(rewrite.IsFollowUp);
        Assert.Equal(question, rewrite.Text);
    }

    [Theory]
    [InlineData("And before that?", true)]
    [InlineData("What did he say about it?", true)]
    [InlineData("siapa yang memulai?", true)]
    [InlineData("Sebelum itu, apa kata Kirby tentang panggilan itu?", true)]
    [InlineData("Who initiated the May call?", false)]
    [InlineData("When did the Russian invasion of Ukraine begin?", false)]
    [InlineData("Berapa total bantuan pemerintahan Biden kepada Kyiv?", false)]
    public void MightBeFollowUp_TellsQuestionsThatLeanOnTheConversation(string question, bool expected)
    {
        Assert.Equal(expected, RuleFollowUpRewriter.MightBeFollowUp(question));
    }

    [Fact]
    public void Rewrite_NoHistory_IsLeftAsAsked()
    {
        var rewrite = RuleFollowUpRewriter.Rewrite("And before that?", []);

        Assert.False(rewrite.IsFollowUp);
        Assert.Equal("And before that?", rewrite.Text);
    }

    [Fact]
    public void Rewrite_BeforeThatWhenPreviousAnswerHadNoDate_AddsTheTopicInstead()
    {
        var rewrite = RuleFollowUpRewriter.Rewrite("And before that?", [Turn(LastCall, "The articles do not say.")]);

        Assert.Equal("And before that (Austin last call Shoigu)?", rewrite.Text);
        Assert.Null(rewrite.Before);
    }

    private static ConversationTurn Turn(string question, string answer)
        => new(question, question, answer, true, StatedDates.Read(answer), [], DateTimeOffset.UnixEpoch);
}

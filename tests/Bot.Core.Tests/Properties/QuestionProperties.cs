using Bot.Core.Answering.Questions;
using Bot.Core.Time;
using Bot.Testing.Properties;
using CsCheck;

namespace Bot.Core.Tests.Properties;

/// <summary>Question analysis on anything a user can type.</summary>
public sealed class QuestionProperties
{
    [Fact]
    public void Analyze_AnyQuestion_GivesAConsistentAnalysis()
    {
        HostileText.Question.Sample(
            question =>
            {
                var analysis = QuestionAnalyzer.Analyze(question);
                Assert.Equal(question.Trim(), analysis.Question);
                Assert.True(Enum.IsDefined(analysis.Type));
                Assert.True(Enum.IsDefined(analysis.Order));
                Assert.True(Enum.IsDefined(analysis.Language));
                Assert.True(analysis.Month is null or (>= 1 and <= 12));
                Assert.NotNull(analysis.MatchText);
                Assert.All(analysis.Entities, e => Assert.False(string.IsNullOrWhiteSpace(e)));
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }

    [Fact]
    public void FirstMonth_AnyText_GivesAMonthOfTheYear()
    {
        HostileText.Question.Sample(
            text =>
            {
                var (month, year) = QuestionDates.FirstMonth(text);
                Assert.True(month is null or (>= 1 and <= 12));
                Assert.True(year is null || text.Contains(year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            },
            iter: PropertyRuns.Many,
            threads: PropertyRuns.Threads);
    }
}

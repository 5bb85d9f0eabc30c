using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Options;
using Xunit;

namespace Bot.Core.Tests.Answering;

public sealed class AnswerOptionsTests
{
    [Fact]
    public void Default_HasNoProblems() => Assert.Empty(AnswerOptions.Default.Validate());

    [Theory]
    [InlineData(0, 0.02, null)]
    [InlineData(20, 1.5, null)]
    [InlineData(20, 0.02, 2.0)]
    public void Validate_OutOfRange_NamesTheSection(int passages, double floor, double? threshold)
    {
        var problems = (AnswerOptions.Default with { PassagesPerQuestion = passages, EvidenceFloor = floor, AnswerThreshold = threshold }).Validate();

        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith(AnswerOptions.Section, p, StringComparison.Ordinal));
    }

    [Fact]
    public void Answerer_WithBadOptions_RefusesToStart()
    {
        var kb = new FixedKnowledgeBase(KnowledgeBase.Build([]));

        Assert.Throws<ArgumentException>(() => new ExtractiveAnswerer(kb, AnswerOptions.Default with { Rules = new RuleWeights { AbstainBelow = 3 } }));
    }
}

using Bot.Bench.Quality;

namespace Bot.Tests.Bench;

public sealed class QualityFiguresTests
{
    private static ItemOutcome Answerable(string id, bool answered, bool cited, int? hybridRank, int? fts5Rank)
        => new(id, true, answered, cited, cited, hybridRank, hybridRank, hybridRank, fts5Rank, fts5Rank, fts5Rank, 1);

    private static ItemOutcome Unanswerable(string id, bool answered)
        => new(id, false, answered, false, false, null, null, null, null, null, null, 1);

    [Fact]
    public void From_MixedOutcomes_CountsCitationsOnlyWhenAnswered()
    {
        var figures = QualityFigures.From(
        [
            Answerable("a", answered: true, cited: true, hybridRank: 0, fts5Rank: 3),
            Answerable("b", answered: false, cited: true, hybridRank: 4, fts5Rank: 0),
            Answerable("c", answered: true, cited: false, hybridRank: null, fts5Rank: 7),
            Answerable("d", answered: true, cited: true, hybridRank: 1, fts5Rank: null),
            Unanswerable("e", answered: false),
            Unanswerable("f", answered: true),
        ]);

        Assert.Equal(4, figures.Answerable);
        Assert.Equal(0.75, figures.AnsweredShare);
        Assert.Equal(0.5, figures.GoldCitedShare);
        Assert.Equal(0.5, figures.AbstainShare);
        Assert.Equal(new RecallAtK(0.25, 0.75), figures.Hybrid);
        Assert.Equal(new RecallAtK(0.25, 0.5), figures.Fts5);
        Assert.Equal(new RecallAtK(0.25, 0.5), figures.Lucene);
    }

    [Fact]
    public void From_NoUnanswerableQuestions_AbstainShareIsNull()
        => Assert.Null(QualityFigures.From([Answerable("a", true, true, 0, 0)]).AbstainShare);

    [Fact]
    public void Combined_SameItemInTwoDatasets_CountsItOnce()
    {
        IReadOnlyList<ItemOutcome> idkMrc = [Answerable("indonesian-1-0", true, true, 0, 0), Unanswerable("indonesian-2-unans-h-0", false)];
        IReadOnlyList<ItemOutcome> tydi = [Answerable("indonesian-1-0", false, false, null, null), Answerable("indonesian-3-0", true, false, 2, 1)];

        var combined = CombinedQuality.From([idkMrc, tydi]);

        Assert.Equal(1, combined.DuplicatesLeftOut);
        Assert.Equal(3, combined.Figures.Questions);
        Assert.Equal(1.0, combined.Figures.AnsweredShare);
    }

    [Theory]
    [InlineData(new[] { "x", "x", "y", "gold" }, 2)]
    [InlineData(new[] { "gold", "x" }, 0)]
    [InlineData(new[] { "x", "y" }, null)]
    public void GoldRank_HitsWithRepeatedArticles_RanksDistinctArticles(string[] articleIds, int? expected)
        => Assert.Equal(expected, QualityRunner.GoldRank(articleIds, "gold"));

    [Theory]
    [InlineData("Ia lahir pada  21 Oktober\n2022 [1].", "21 oktober 2022", true)]
    [InlineData("Christian Hadinata [1]", "Christian Hadinata", true)]
    [InlineData("Tony [1]", "Tony Blair", false)]
    [InlineData("apa saja", "", false)]
    public void ContainsAny_AnswerAndGold_IgnoresCaseAndSpacing(string answer, string gold, bool expected)
        => Assert.Equal(expected, AnswerText.ContainsAny(answer, [gold]));
}

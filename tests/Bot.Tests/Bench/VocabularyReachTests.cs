using Bot.Bench.Corpus;
using Bot.Bench.Vocabulary;
using Bot.Core.Language;

namespace Bot.Tests.Bench;

public sealed class VocabularyReachTests
{
    private static HashSet<string> Terms(string text) => TermAnalyzer.Default.DocumentTerms(text).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Measure_TranslatedWordInArticles_CountsAsReached()
    {
        var corpus = Terms("Menteri Pertahanan menelepon Shoigu. Harga beras naik.");
        var gold = Terms("Menteri Pertahanan menelepon Shoigu.");
        var reach = new VocabularyReach(TermAnalyzer.Default);

        var figures = reach.Measure("t", [new ReachQuestion("When did the minister call Shoigu?", corpus, gold)]);

        // minister, call, shoigu: the first two by translation, the name by its own term.
        Assert.Equal(3, figures.ContentWords);
        Assert.Equal(2.0 / 3, figures.ReachedGold, 3);
        Assert.Equal(1.0, figures.FoundGold, 3);
        Assert.Empty(figures.Unreached);
    }

    [Fact]
    public void Measure_WordAbsentFromArticles_IsListedAsUnreached()
    {
        var corpus = Terms("Harga beras naik.");
        var reach = new VocabularyReach(TermAnalyzer.Default);

        var figures = reach.Measure("t", [new ReachQuestion("Who won the election?", corpus, corpus)]);

        Assert.Equal(0, figures.FoundCorpus);
        Assert.Contains("election", figures.Unreached);
    }

    [Fact]
    public void ContentWords_DropsStopWordsAndNumbers_KeepsAcronyms()
        => Assert.Equal(["us", "defense", "minister", "say"], VocabularyReach.ContentWords("What did the US defence minister say in 2022?"));

    [Fact]
    public void TrainingTitles_HalfOfTheTitles_SameForAnyOrder()
    {
        string[] titles = ["Warsaw", "Normans", "Oxygen", "Geology", "Rhine", "Force", "Pharmacy"];

        var training = XquadHalves.TrainingTitles(titles);
        var reversed = XquadHalves.TrainingTitles(titles.Reverse());

        Assert.Equal(3, training.Count);
        Assert.Equal(training.Order(StringComparer.Ordinal), reversed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Hash_KnownValue_IsFnv1a()
        => Assert.Equal(0xE40C292Cu, XquadHalves.Hash("a"));
}

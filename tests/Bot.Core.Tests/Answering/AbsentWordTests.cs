using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Learned;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Answering;

/// <summary>
/// A question word the articles never use weighs by what it likely is: an English word without a
/// rendering in them, or an Indonesian derived verb, is a paraphrase the vocabulary missed and weighs
/// as the question's other words do; a bare Indonesian word they lack stays the heaviest.
/// </summary>
public sealed class AbsentWordTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Build(
    [
        ArticleParser.Parse("flood", """
            Wali Kota Tinjau Banjir di Bogor
            20 Mei 2021, 10:00 WIB

            Wali Kota Bogor Bima Arya meninjau banjir di Kelurahan Tegallega pada 19 Mei 2021.
            Banjir merendam ratusan rumah warga setelah hujan deras semalaman.
            """, "flood.txt"),
    ]));

    [Theory]
    [InlineData("When did Bima Arya happen to inspect the flood?", "happen")]
    [InlineData("Kapan Bima Arya mendatangi banjir di Tegallega?", "mendatangi")]
    public void Groups_AParaphraseTheVocabularyMissed_WeighsAsTheKnownWords(string question, string absent)
    {
        var groups = Groups(question);

        var missing = Assert.Single(groups, g => g.Word == absent);
        Assert.False(missing.InCorpus);
        Assert.Equal(groups.Where(g => g.InCorpus).Average(g => g.Weight), missing.Weight, 6);
    }

    [Fact]
    public void Groups_ABareIndonesianWordTheArticlesLack_StaysTheHeaviest()
    {
        var groups = Groups("Kapan gubernur meninjau banjir di Tegallega?");

        var missing = Assert.Single(groups, g => g.Word == "gubernur");
        Assert.Equal(groups.Max(g => g.Weight), missing.Weight);
        Assert.True(groups.Where(g => g.InCorpus).All(g => g.Weight < missing.Weight));
    }

    private static IReadOnlyList<TermGroup> Groups(string question)
        => new EvidenceCollector(Knowledge.Value, AnswerModel.Default, AnswerOptions.Default).Groups(QuestionAnalyzer.Analyze(question));
}

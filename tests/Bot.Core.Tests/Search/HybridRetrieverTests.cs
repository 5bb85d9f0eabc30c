using Bot.Core.Articles;

namespace Bot.Core.Tests.Search;

public sealed class HybridRetrieverTests
{
    private static Article Make(string id, params string[] paragraphs)
        => new(id, "Judul " + id, null, null, [], [], null, [.. paragraphs.Select(p => new ArticleBlock(p, BlockKind.Body))], id);

    private static KnowledgeBase Corpus() => KnowledgeBase.Build(
    [
        Make("a", "Gunung berapi meletus di Jawa. Warga mengungsi dari desa.", "Gunung berapi kembali meletus pada malam hari. Abu menutupi kota.", "Pemerintah membuka posko untuk pengungsi gunung berapi."),
        Make("b", "Tim nasional menang dalam pertandingan sepak bola. Pelatih memuji pemain."),
        Make("c", "Letusan gunung berapi mengganggu penerbangan. Bandara ditutup sementara."),
    ]);

    [Fact]
    public void Retrieve_FindsThePassageThatMatchesTheQuestion()
    {
        var hits = Corpus().Retriever.Retrieve("pertandingan sepak bola", 3);

        Assert.Equal("b", hits[0].Passage.ArticleId);
    }

    [Fact]
    public void Retrieve_SpreadsTopResultsAcrossArticles()
    {
        var hits = Corpus().Retriever.Retrieve("gunung berapi meletus", 3);

        Assert.Contains(hits.Take(3), h => h.Passage.ArticleId == "c");
        Assert.Equal(hits.Count, hits.Select(h => h.Passage.Id).Distinct().Count());
    }

    [Fact]
    public void Retrieve_FusesBothListsSoEitherSignalCanFindAPassage()
    {
        var retriever = Corpus().Retriever;

        var lexical = retriever.RetrieveLexical("penerbangan bandara", 1);
        var hybrid = retriever.Retrieve("penerbangan bandara", 1);

        Assert.Equal("c", lexical[0].Passage.ArticleId);
        Assert.Equal("c", hybrid[0].Passage.ArticleId);
        Assert.NotEmpty(retriever.RetrieveSemantic("penerbangannya", 1));
    }

    [Fact]
    public void Build_CutsArticlesIntoOverlappingWindows()
    {
        var kb = Corpus();

        var a = kb.Passages.Where(p => p.ArticleId == "a" && p.Kind == Bot.Core.Search.PassageKind.Body).ToList();
        Assert.True(a.Count >= 2);
        Assert.All(a, p => Assert.InRange(p.Sentences.Count, 1, 3));
        Assert.Contains(a[0].Sentences[^1], a[1].Sentences);
    }
}

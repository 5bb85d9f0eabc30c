using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Tests.Search;

public sealed class HashedNgramEmbedderTests
{
    [Fact]
    public void Accumulate_WithABuildsNgramCache_GivesTheSameVectorAsWithout()
    {
        var embedder = new HashedNgramEmbedder(TermAnalyzer.Default);
        var cache = new WordNgramCache();
        string[] texts = ["Menteri Pertahanan AS Lloyd Austin menelepon Shoigu.", "Austin dan Shoigu berbicara lagi; AUSTIN menelepon.", "Ukraine, Ukraina, diplomacy, diplomasi."];
        foreach (var text in texts.Concat(texts))
        {
            var terms = TermAnalyzer.Default.DocumentTerms(text);
            var plain = new float[embedder.Dimensions];
            var cached = new float[embedder.Dimensions];

            embedder.Accumulate(text, terms, plain);
            embedder.Accumulate(text, terms, cached, cache);

            Assert.Equal(plain, cached);
            Assert.Contains(plain, v => v != 0);
        }
    }
}

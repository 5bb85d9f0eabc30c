using Bot.Bench.Corpus;
using Bot.Bench.Perf;

namespace Bot.Tests.Bench;

public sealed class BenchPrimitivesTests
{
    [Theory]
    [InlineData(0.50, 50)]
    [InlineData(0.95, 95)]
    [InlineData(0.99, 99)]
    [InlineData(1.00, 100)]
    public void Percentile_OneToHundred_NearestRank(double fraction, double expected)
        => Assert.Equal(expected, LatencyStats.Percentile(Enumerable.Range(1, 100).Select(i => (double)i).ToArray(), fraction));

    [Fact]
    public void From_UnsortedTimes_SortsBeforeRanking()
    {
        var stats = LatencyStats.From([5.0, 1.0, 3.0, 2.0, 4.0]);

        Assert.Equal(3.0, stats.P50);
        Assert.Equal(5.0, stats.P99);
        Assert.Equal(5, stats.Count);
    }

    [Theory]
    [InlineData("Pertama.,Kedua ada di sini.", new[] { "Pertama.", "Kedua ada di sini." })]
    [InlineData(", , -\u00AC\u2020Badan Pengelola mengusulkan.,\"Kami setuju,\" katanya.", new[] { "Badan Pengelola mengusulkan.", "\"Kami setuju,\" katanya." })]
    [InlineData("Kota  ,, Eka datang, lalu pergi.", new[] { "Kota  ,, Eka datang, lalu pergi." })]
    [InlineData(", , 2019", new string[0])]
    public void Paragraphs_ScrapedContent_SplitsAtJoinedParagraphs(string content, string[] expected)
        => Assert.Equal(expected, ClickIdLoader.Paragraphs(content));

    [Fact]
    public void Add_SameTextTwice_OnePassageOneId()
    {
        var pool = new PassagePool("t");

        var first = pool.Add("Satu.");
        var second = pool.Add("Dua.");
        var again = pool.Add("Satu.");

        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.Equal(2, pool.Passages.Count);
    }
}

using System.Globalization;
using Xunit.Abstractions;

namespace Bot.Tests.Eval;

/// <summary>
/// The question bank through the real answer path. Not every question passes: the bank measures
/// the engine, and the test fails when accuracy drops below the floors. The report (per corpus,
/// language, type, and every miss) goes to the test output:
/// <c>dotnet test tests/Bot.Tests --filter FullyQualifiedName~Eval.BankTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class BankTests : IClassFixture<BankFixture>
{
    // Each floor is the accuracy measured when it was set, in whole percent rounded down.
    // Floors are only ever raised: when the engine gets better, raise them to the new
    // measured figure; never lower one to let a regression through.
    private const int BankFloorPercent = 61;

    private static readonly Dictionary<string, int> CorpusFloorPercent = new(StringComparer.Ordinal)
    {
        [BankFixture.SeedCorpus] = 70,
        ["setya-novanto"] = 54,
    };

    private readonly BankFixture _fixture;
    private readonly ITestOutputHelper _output;

    public BankTests(BankFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void Bank_WholeBank_IsAtLeastTheFloor()
    {
        var results = _fixture.Results;
        _output.WriteLine(BankReport.Format(results));

        Assert.Equal(BankFixture.Cases().Count, results.Count);
        AssertAtLeast("the whole bank", BankReport.Accuracy(results), BankFloorPercent);
    }

    [Fact]
    public void Bank_EachCorpus_IsAtLeastItsFloor()
    {
        var byCorpus = _fixture.Results.GroupBy(r => r.Case.Corpus ?? BankFixture.SeedCorpus).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(CorpusFloorPercent.Keys.Order(StringComparer.Ordinal), byCorpus.Keys.Order(StringComparer.Ordinal));
        foreach (var (corpus, floor) in CorpusFloorPercent)
        {
            AssertAtLeast($"corpus {corpus}", BankReport.Accuracy(byCorpus[corpus]), floor);
        }
    }

    private static void AssertAtLeast(string what, double accuracy, int floorPercent)
    {
        var percent = accuracy * 100;
        Assert.True(
            percent >= floorPercent,
            string.Create(CultureInfo.InvariantCulture, $"{what}: {percent:F1}% is below the floor of {floorPercent}%"));
    }
}

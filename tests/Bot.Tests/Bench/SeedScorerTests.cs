using Bot.Bench.Corpus;
using Bot.Bench.Quality;
using Bot.Core.Answering.Contracts;

namespace Bot.Tests.Bench;

public sealed class SeedScorerTests
{
    private static readonly SeedCase Answerable = new("d01", "When did Austin last call Shoigu?", true, @"21\s*(October|Oktober)\s*2022", ["gold1", "gold2"], ["gold1", "gold2", "other"], ["2024"]);
    private static readonly SeedCase Unanswerable = new("d10", "Who won the 2022 FIFA World Cup?", false, null, [], [], []);

    public static TheoryData<string, bool, string, string[], string?> Cases => new()
    {
        { "answerable", true, "Friday, 21 October 2022 [1].", ["gold1"], null },
        { "answerable", true, "friday, 21 oktober 2022 [1][2].", ["other", "gold2"], null },
        { "answerable", false, "The articles do not say.", ["gold1"], "abstained" },
        { "answerable", true, "Friday, 22 October 2022 [1].", ["gold1"], "text does not match expect" },
        { "answerable", true, "21 October 2022, not 2024 [1].", ["gold1"], "text matches forbidden '2024'" },
        { "answerable", true, "21 October 2022 [1].", ["other"], "no gold citation" },
        { "answerable", true, "21 October 2022 [1][2].", ["gold1", "stranger"], "cites stranger, not allowed" },
        { "unanswerable", false, "The articles do not say.", [], null },
        { "unanswerable", true, "Argentina [1].", ["gold1"], "answered an unanswerable question" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_AnswerAgainstCase_PassesOrNamesTheFailure(string kind, bool answered, string text, string[] cited, string? failure)
    {
        var seed = kind == "answerable" ? Answerable : Unanswerable;
        var citations = cited.Select((a, i) => new Citation(i + 1, a, "", null, null, "")).ToList();
        var answer = new Answer(seed.Question, answered, "en", text, citations, "test", 0);

        var outcome = SeedScorer.Score(seed, answer);

        Assert.Equal(failure, outcome.Failure);
        Assert.Equal(failure is null, outcome.Passed);
    }
}

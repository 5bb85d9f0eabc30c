namespace Bot.Tests.Eval;

/// <summary>Every case of the dev set, through the real answer path; any miss fails.</summary>
public sealed class DevSetTests : IClassFixture<DevSetFixture>
{
    private readonly DevSetFixture _fixture;

    public DevSetTests(DevSetFixture fixture) => _fixture = fixture;

    public static TheoryData<string> CaseIds()
    {
        var data = new TheoryData<string>();
        foreach (var c in DevSetFixture.Cases())
        {
            data.Add(c.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void DevCase_IsAnsweredAsExpected(string id)
    {
        var (eval, answer) = _fixture.Results[id];

        var problems = EvalScorer.Problems(eval, answer);

        Assert.True(problems.Count == 0, $"{id} \"{eval.Question}\": {string.Join("; ", problems)}");
    }
}

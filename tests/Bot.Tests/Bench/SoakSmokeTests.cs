using Bot.Bench.Soak;
using Bot.Tests.Commands;

namespace Bot.Tests.Bench;

/// <summary>
/// The soak's short form: the real bot process through the emulator, a few hundred updates
/// from twenty chats with the full fault schedule and one restart.
/// </summary>
public sealed class SoakSmokeTests
{
    [Fact]
    public async Task ShortSoak_EveryUpdateAnsweredExactlyOnce_NoUnobservedTaskExceptions()
    {
        var options = new SoakOptions(300, 20, 1, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(3));
        var root = Path.GetDirectoryName(BotRun.ArticlesFolder)!;
        var runner = new SoakRunner(options, root, Path.Combine(AppContext.BaseDirectory, "Bot.dll"), TextWriter.Null);

        var result = await runner.RunAsync(CancellationToken.None);

        Assert.Equal(300, result.Questions);
        Assert.True(result.AnsweredOnce == result.Questions, $"{result.Unanswered} unanswered, {result.AnsweredTwiceOrMore} answered more than once: {string.Join(" | ", runner.ErrorSample)}");
        Assert.Equal(0, result.UnobservedTaskExceptions);
        Assert.Equal(1, result.Restarts);
        Assert.True(result.FaultsInjected.Values.Sum() >= 20, "the fault schedule injected too little to test anything");
        Assert.NotEmpty(result.Samples);
    }
}

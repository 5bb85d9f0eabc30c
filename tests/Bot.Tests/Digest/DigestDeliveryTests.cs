using System.Globalization;
using Bot.Testing.Telegram;

namespace Bot.Tests.Digest;

/// <summary>
/// The <c>digest</c> command against a Bot API server that carries a post out but spoils its
/// answer, or that fails every call: each story is posted at most once and the command ends.
/// </summary>
public sealed class DigestDeliveryTests
{
    public static TheoryData<string> SpoiledAnswers => [nameof(EmulatorFault.MalformedResult), nameof(EmulatorFault.NullChatId), nameof(EmulatorFault.AcceptThenHang)];

    [Theory]
    [MemberData(nameof(SpoiledAnswers))]
    public async Task Digest_PostCarriedOutButAnswerSpoiled_PostedOnceMarkedAndAdminsTold(string fault)
    {
        await using var run = await DigestRun.CreateAsync();
        var admin = run.Emulator.CreateUser("Admin");
        var adminChat = run.Emulator.PrivateChatWith(admin);
        run.Emulator.InjectFault("sendMessage", Fault(fault));
        string[] extra = ["--Telegram:RequestTimeout=00:00:01", $"--Telegram:AdminUserIds:0={admin.Id.ToString(CultureInfo.InvariantCulture)}"];

        var first = await run.RunAsync(extra).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("may have posted", first.Error, StringComparison.Ordinal);
        Assert.Contains("@berita_digest", first.Error, StringComparison.Ordinal);
        var posted = Assert.Single(run.ChannelPosts);
        Assert.Single(run.Emulator.Requests, r => r.Method == "sendMessage" && r.Parameters["chat_id"]?.ToString() == "@berita_digest");
        Assert.Contains("may have posted", Assert.Single(run.Emulator.SentTo(adminChat.Id)).Text, StringComparison.Ordinal);

        // The next run goes on with the other story and never repeats the first.
        var second = await run.RunAsync(extra);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(2, run.ChannelPosts.Count);
        Assert.Equal(posted.Text, run.ChannelPosts[0].Text);
        Assert.NotEqual(posted.Text, run.ChannelPosts[1].Text);
        Assert.Equal(0, (await run.RunAsync(extra)).ExitCode);
        Assert.Equal(2, run.ChannelPosts.Count);
    }

    [Fact]
    public async Task Digest_EveryCallFailsWithDefaultRetrySettings_EndsSayingWhatFailed()
    {
        await using var run = await DigestRun.CreateAsync();
        run.Emulator.InjectFault("*", EmulatorFault.InternalServerError(), times: 1_000);
        var defaults = run.Arguments.Where(a => !a.StartsWith("--Telegram:Retry", StringComparison.Ordinal)).ToArray();

        var result = await BotRun(defaults).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Posting to @berita_digest failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
        Assert.Empty(run.ChannelPosts);
        Assert.InRange(run.Emulator.Requests.Count(r => r.Method == "sendMessage"), 2, 5);
    }

    private static Task<Commands.BotRun> BotRun(string[] arguments) => Commands.BotRun.RunAsync(["digest", .. arguments]);

    private static EmulatorFault Fault(string name) => name switch
    {
        nameof(EmulatorFault.MalformedResult) => EmulatorFault.MalformedResult(),
        nameof(EmulatorFault.NullChatId) => EmulatorFault.NullChatId(),
        _ => EmulatorFault.AcceptThenHang(),
    };
}

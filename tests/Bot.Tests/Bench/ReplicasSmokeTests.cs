using Bot.Bench.Replicas;
using Bot.Tests.Commands;
using Bot.Testing.Postgres;

namespace Bot.Tests.Bench;

/// <summary>
/// The replicas bench's short form: three real webhook replica processes on one PostgreSQL schema,
/// a hundred updates from twenty chats with one in ten delivered twice to another replica, and one
/// replica killed (SIGKILL) while it holds a claim, then started again.
/// </summary>
public sealed class ReplicasSmokeTests
{
    [PostgresFact]
    public async Task ThreeReplicas_DuplicatesAndAKilledReplica_EachUpdateAnsweredOnceInChatOrder()
    {
        var options = new ReplicasOptions(100, 20, 3, 10, true, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(2), Compare: false);
        var root = Path.GetDirectoryName(BotRun.ArticlesFolder)!;
        var runner = new ReplicasRunner(options, root, Path.Combine(AppContext.BaseDirectory, "Bot.dll"), Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!, TextWriter.Null);

        var result = await runner.RunAsync(CancellationToken.None);
        var r = result.Replicas;

        var why = $"{r.AnsweredOnce} once, {r.AnsweredTwiceOrMore} more than once, {r.Unconfirmed} unconfirmed, {r.Lost} lost, {r.ChatsOutOfOrder} chats out of order: {string.Join(" | ", runner.ErrorSample)}";
        Assert.True(r.Held, why);
        Assert.Equal(0, r.AnsweredTwiceOrMore);
        Assert.Equal(0, r.Lost);
        Assert.Equal(0, r.ChatsOutOfOrder);

        // Only updates the killed replica held can be delivered, unconfirmed; the rest of them are taken over and answered.
        Assert.InRange(r.Unconfirmed, 0, result.ClaimsAtKill);
        Assert.True(result.ClaimsAtKill == 0 || result.TakeoversAnswered + result.TakeoversUnconfirmed >= 1, "the killed replica's claims were not taken over");
        Assert.Equal(10, result.RepeatedDeliveries);
        Assert.Equal(10, result.RepeatsToAnotherReplica);
        Assert.True(result.FailedDeliveries > 0, "no POST met the killed replica, so the failover was not tested");
        Assert.Equal(0, result.UnobservedTaskExceptions);
    }
}

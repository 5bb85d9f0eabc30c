using System.Net;
using System.Net.Sockets;
using Bot.Tests.Telegram;

namespace Bot.Tests.Metrics;

/// <summary>The polling bot serves /healthz, /readyz and /metrics on Metrics:Listen.</summary>
public sealed class PollingMetricsTests
{
    [Fact]
    public async Task MetricsListen_PollingBotAnswered_ServesHealthReadinessAndCounts()
    {
        var port = FreePort();
        await using var bot = await RealEngineBot.CreateAsync();
        bot.ExtraArguments.Add($"--Metrics:Listen=http://127.0.0.1:{port}");
        await bot.StartAsync();
        var user = bot.Emulator.CreateUser("Ana");
        await bot.AskAsync(bot.Emulator.PrivateChatWith(user), user, "When did Austin last call Shoigu?");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
        using var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative));
        var metrics = await http.GetStringAsync(new Uri("metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("bot_answers_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("bot_index_articles", metrics, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Emulator.Token, metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsListen_NotAUrl_ExitsOneNamingTheKey()
    {
        await using var bot = await RealEngineBot.CreateAsync();
        bot.ExtraArguments.Add("--Metrics:Listen=9090");

        var start = bot.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => start);

        Assert.Contains("Metrics:Listen", error.Message, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}

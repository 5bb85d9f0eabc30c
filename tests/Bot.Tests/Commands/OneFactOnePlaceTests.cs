using System.Reflection;
using Bot.Core;
using Bot.Telegram.Hosting;
using Bot.Testing.OpenAi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Commands;

/// <summary>Facts that used to live in several places, each now in one: exit codes, the question length limit, log event ids, warnings.</summary>
public sealed class OneFactOnePlaceTests
{
    private static string ArticlesArg => $"--Articles:Path={BotRun.ArticlesFolder}";

    [Fact]
    public async Task Telegram_BadConfiguration_ExitsWith1LikeEveryCommand()
    {
        var run = await BotRun.RunAsync("telegram", ArticlesArg, "--Telegram:BotToken=");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: invalid configuration", run.Error, StringComparison.Ordinal);
        Assert.Contains("Telegram:BotToken", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BadConfiguration_ExitsWith1()
    {
        var run = await BotRun.RunAsync("ask", "When?", ArticlesArg, "--Questions:MaxLength=0");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Questions:MaxLength", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionsMaxLength_IsTheLimitOfAskAndConsole()
    {
        const string question = "When did Austin last call Shoigu?";

        var ask = await BotRun.RunAsync("ask", question, ArticlesArg, "--Questions:MaxLength=20");
        var console = await BotRun.RunWithInputAsync(question + "\nexit\n", "console", ArticlesArg, "--Questions:MaxLength=20");

        Assert.Equal(2, ask.ExitCode);
        Assert.Contains("at most 20 characters", ask.Error, StringComparison.Ordinal);
        Assert.Contains("at most 20 characters", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionsMaxLength_IsTheLimitOfTelegram()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Questions:MaxLength"] = "20",
            ["Telegram:BotToken"] = "7012345678:AAtest",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddTelegramClient(configuration);
        services.AddOptions<QuestionOptions>().Bind(configuration.GetSection(QuestionOptions.Section));
        using var provider = services.BuildServiceProvider();

        Assert.Equal(20, provider.GetRequiredService<IOptions<TelegramOptions>>().Value.MaxQuestionLength);
    }

    [Fact]
    public void LogEventIds_AreUniqueAcrossTheBot()
    {
        var ids = new[] { typeof(Bot.Hosting.BotApplication).Assembly, typeof(KnowledgeBase).Assembly, typeof(TelegramOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m.DeclaringType!.Name + "." + m.Name, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
            .Where(x => x.Attribute is not null)
            .GroupBy(x => x.Attribute!.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Method))}")
            .ToList();

        Assert.Empty(ids);
    }

    [Fact]
    public async Task Ask_EmbeddingModelUnreachable_WarnsOnTheErrorStreamAndStillAnswers()
    {
        using var state = new TempFolder();

        var run = await BotRun.RunAsync(
            "ask",
            "Berapa total bantuan pemerintahan Biden kepada Kyiv?",
            ArticlesArg,
            $"--State:Path={Path.Combine(state.Path, "bot.db")}",
            $"--Ai:EmbeddingCachePath={Path.Combine(state.Path, "embeddings")}",
            $"--Ai:Endpoint={OpenAiCompatibleServer.RefusedEndpoint()}",
            "--Ai:EmbeddingModel=test-embed",
            "--Ai:MaxRetries=0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning: the embedding model could not embed the articles", run.Error, StringComparison.Ordinal);
        Assert.Contains("17 miliar", run.Output, StringComparison.Ordinal);
    }
}

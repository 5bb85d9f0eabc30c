using Bot.State;
using Bot.Telegram.Hosting;
using Bot.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Telegram.Tests.Hosting;

public sealed class TelegramOptionsTests
{
    [Theory]
    [InlineData("Telegram:BotToken", "", "Telegram:BotToken")]
    [InlineData("Telegram:BotToken", "12:abc/def", "Telegram:BotToken")]
    [InlineData("Telegram:BotToken", "no-bot-id-here", "Telegram:BotToken")]
    [InlineData("Telegram:ApiBaseUrl", "ftp://api.telegram.org", "Telegram:ApiBaseUrl")]
    [InlineData("Telegram:ApiBaseUrl", "https://proxy.example/telegram", "Telegram:ApiBaseUrl")]
    [InlineData("Telegram:MaxAttempts", "0", "Telegram:MaxAttempts")]
    [InlineData("Telegram:RetryBudget", "00:00:00", "Telegram:RetryBudget")]
    [InlineData("Telegram:ChannelId", "not a channel", "Telegram:ChannelId")]
    [InlineData("Telegram:PollTimeoutSeconds", "900", "Telegram:PollTimeoutSeconds")]
    [InlineData("Telegram:MaxConcurrentChats", "0", "Telegram:MaxConcurrentChats")]
    [InlineData("Telegram:MaxQuestionsPerMinute", "0", "Telegram:MaxQuestionsPerMinute")]
    [InlineData("State:Path", "", "State:Path")]
    public void Validate_BadValue_FailureNamesTheKey(string key, string value, string named)
    {
        using var services = Services(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
            _ = services.GetRequiredService<IOptions<StateOptions>>().Value;
        });

        Assert.Contains(named, string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_AllKeys_DefaultsAndListsAsDocumented()
    {
        using var services = Services(new()
        {
            ["Telegram:AllowedChatIds:0"] = "-1001",
            ["Telegram:AllowedChatIds:1"] = "42",
            ["Telegram:AdminUserIds:0"] = "7",
            ["Telegram:ChannelId"] = "@article_digest",
        });

        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.Equal([-1001L, 42L], options.AllowedChatIds);
        Assert.Equal([7L], options.AdminUserIds);
        Assert.Equal(new Uri("https://api.telegram.org"), options.ApiBaseUrl);
        Assert.Equal(10, options.MaxQuestionsPerMinute);
        Assert.Equal(50, options.PollTimeoutSeconds);
        Assert.Equal(4, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromMinutes(1), options.RetryBudget);
        Assert.Equal("state/bot.db", services.GetRequiredService<IOptions<StateOptions>>().Value.Path);
        Assert.Contains(services.GetServices<IHostedService>(), s => s is TelegramPollingService);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = "123:abc" })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = Environments.Production, ApplicationName = "Bot" });
        services.AddSingleton<Bot.Core.Answering.Contracts.IAnswerer>(new Moq.Mock<Bot.Core.Answering.Contracts.IAnswerer>().Object);
        services.AddSingleton<Bot.Core.Articles.IArticleCatalog>(new Moq.Mock<Bot.Core.Articles.IArticleCatalog>().Object);
        services.AddTelegramBot(configuration);
        return services.BuildServiceProvider();
    }
}

using Bot.Ai;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Ai;

/// <summary>
/// A generic host composed the way the bot is: the extractive answerer, retriever and catalog
/// (fixtures here), then <c>AddChatModel</c>. Its content root is a temporary folder holding a
/// copy of the repository's prompts and the state database.
/// </summary>
internal sealed class ChatModelHost : IAsyncDisposable
{
    private ChatModelHost(IHost host, AiFixtures fixtures, CapturingLoggerProvider logs)
    {
        Host = host;
        Fixtures = fixtures;
        Logs = logs;
    }

    public IHost Host { get; }

    public AiFixtures Fixtures { get; }

    public CapturingLoggerProvider Logs { get; }

    public IAnswerer Answerer => Host.Services.GetRequiredService<IAnswerer>();

    /// <summary>A fresh content root with the repository's prompts.</summary>
    public static string NewContentRoot()
    {
        var root = Directory.CreateTempSubdirectory("bot-ai-").FullName;
        var prompts = Directory.CreateDirectory(Path.Combine(root, "prompts")).FullName;
        foreach (var file in Directory.EnumerateFiles(RepositoryPromptsDirectory(), "*.yaml"))
        {
            File.Copy(file, Path.Combine(prompts, Path.GetFileName(file)));
        }

        return root;
    }

    /// <summary>Builds and starts the host; start-up errors (options, prompts) propagate.</summary>
    public static async Task<ChatModelHost> StartAsync(string contentRoot, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            EnvironmentName = "Testing",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["State:Path"] = Path.Combine(contentRoot, "state", "bot.db"),
        });
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var fixtures = new AiFixtures();
        builder.Services.AddSingleton<IArticleCatalog>(fixtures);
        builder.Services.AddSingleton<IPassageRetriever>(fixtures);
        builder.Services.AddSingleton<IAnswerer>(fixtures);
        builder.Services.AddChatModel(builder.Configuration);
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ChatModelHost(host, fixtures, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    private static string RepositoryPromptsDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found"), "prompts");
    }
}

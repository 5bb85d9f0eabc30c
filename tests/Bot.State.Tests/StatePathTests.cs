using Bot.Core.Conversations;
using Bot.State.Digests;
using Bot.State.Sqlite;
using Bot.State.Updates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.State.Tests;

/// <summary>State:Path is resolved in one place, against the content root, for every store.</summary>
public sealed class StatePathTests : IDisposable
{
    private readonly StateFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task RelativePath_EveryStoreWritesUnderTheContentRootNotTheCurrentDirectory()
    {
        var relative = Path.Combine("data-" + Guid.NewGuid().ToString("N"), "bot.db");
        using var services = Services(relative);

        await services.GetRequiredService<IHandledUpdateStore>().RecordHandledAsync(1, 2, "k", default);
        await services.GetRequiredService<IDigestPostStore>().MarkPostedAsync("@news", "s", ["a"], [3], default);
        await services.GetRequiredService<IConversationMemory>().AppendAsync("c", new ConversationTurn("q", "q", "a", true, [], [], DateTimeOffset.UnixEpoch), default);

        var expected = root.File(relative);
        Assert.Equal(expected, services.GetRequiredService<SqliteStateFile>().Path);
        Assert.True(File.Exists(expected));
        Assert.False(File.Exists(Path.GetFullPath(relative)), "nothing may be written relative to the current directory");
        Assert.Equal(1, await CountAsync(expected, "telegram_update_handled"));
        Assert.Equal(1, await CountAsync(expected, "digest_posted_article"));
        Assert.Equal(1, await CountAsync(expected, "conversation_turns"));
    }

    [Fact]
    public void AbsolutePath_KeptAsItIs()
    {
        var absolute = root.File("elsewhere", "state.db");
        using var services = Services(absolute);

        Assert.Equal(absolute, services.GetRequiredService<SqliteStateFile>().Path);
        Assert.False(Directory.Exists(root.File("elsewhere")), "the folder is created on first use only");
    }

    [Fact]
    public void EmptyPath_FailsNamingTheKey()
    {
        using var services = Services("");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<SqliteStateFile>());

        Assert.Contains("State:Path", string.Join(" ", error.Failures), StringComparison.Ordinal);
    }

    private ServiceProvider Services(string path)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["State:Path"] = path }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new Environment(root.Path));
        services.AddConversationMemory(configuration, turnsPerConversation: 10, maxStoredTurns: 100);
        return services.BuildServiceProvider();
    }

    private static async Task<long> CountAsync(string path, string table)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class Environment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;

        public string ApplicationName { get; set; } = "Bot";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

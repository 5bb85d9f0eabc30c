using Bot.Hosting;
using Microsoft.Extensions.Configuration.Json;

namespace Bot.Tests.Hosting;

public sealed class StartupConfigurationTests
{
    [Theory]
    [InlineData("ask")]
    [InlineData("digest")]
    public void OneShotCommands_DoNotWatchTheSettingsFiles(string command)
    {
        var builder = BotApplication.CreateBuilder([], command);

        // A watched settings file puts an inotify watch on every folder under the content root.
        var json = builder.Configuration.Sources.OfType<JsonConfigurationSource>().ToList();
        Assert.NotEmpty(json);
        Assert.All(json, source => Assert.False(source.ReloadOnChange, source.Path));
    }

    [Fact]
    public void TheConsole_WatchesAppSettings()
    {
        var builder = BotApplication.CreateBuilder([], "console");

        Assert.Contains(builder.Configuration.Sources.OfType<JsonConfigurationSource>(), source => source.ReloadOnChange && source.Path == "appsettings.json");
    }
}

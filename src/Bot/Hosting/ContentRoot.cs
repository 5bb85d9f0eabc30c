namespace Bot.Hosting;

/// <summary>
/// Finds the folder that holds appsettings.json: the current directory, else the nearest
/// ancestor of the executable's folder, so `dotnet run --project src/Bot` from the repository
/// root and running the built binary from elsewhere both find the same settings.
/// </summary>
internal static class ContentRoot
{
    public const string SettingsFile = "appsettings.json";

    public static string Find()
    {
        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, SettingsFile)))
        {
            return cwd;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SettingsFile)) && !dir.FullName.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                return dir.FullName;
            }
        }

        return cwd;
    }
}

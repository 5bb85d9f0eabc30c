namespace Bot.Bench;

/// <summary>Where the repository and the shared evaluation data live.</summary>
internal sealed record RepositoryLayout(string Root, string Shared)
{
    public string Articles => Path.Combine(Root, "articles");

    public string ResultsFile => Path.Combine(Root, "bench", "results", "latest.json");

    public string DevCases => Path.Combine(Shared, "eval", "dev.jsonl");

    public string Datasets => Path.Combine(Shared, "datasets");

    /// <summary>
    /// The bot as a user starts it: the ReadyToRun publish (<c>dotnet publish src/Bot -c Release -o publish</c>)
    /// when there is one, else the Release build's output.
    /// </summary>
    public string BotAssembly => File.Exists(PublishedBot) ? PublishedBot : Path.Combine(Root, "src", "Bot", "bin", "Release", "net10.0", "Bot.dll");

    public string PublishedBot => Path.Combine(Root, "publish", "Bot.dll");

    /// <summary>Walks up from <paramref name="start"/> to the folder holding Bot.sln.</summary>
    public static RepositoryLayout Find(string start, string? shared)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return new RepositoryLayout(dir.FullName, Path.GetFullPath(shared ?? DefaultShared(dir)));
            }
        }

        throw new DirectoryNotFoundException($"No Bot.sln above {start}; run the benchmark from inside the repository.");
    }

    /// <summary>../shared beside the repository; for a checkout nested one level deeper, the first shared/ further up.</summary>
    private static string DefaultShared(DirectoryInfo root)
    {
        var beside = Path.Combine(root.FullName, "..", "shared");
        for (var dir = root.Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "datasets")))
            {
                return candidate;
            }
        }

        return beside;
    }
}

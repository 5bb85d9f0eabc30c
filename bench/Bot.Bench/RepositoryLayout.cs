namespace Bot.Bench;

/// <summary>Where the repository and the shared evaluation data live.</summary>
internal sealed record RepositoryLayout(string Root, string Shared)
{
    public string Articles => Path.Combine(Root, "articles");

    public string ResultsFile => Path.Combine(Root, "bench", "results", "latest.json");

    public string DevCases => Path.Combine(Shared, "eval", "dev.jsonl");

    public string Datasets => Path.Combine(Shared, "datasets");

    public string BotAssembly => Path.Combine(Root, "src", "Bot", "bin", "Release", "net10.0", "Bot.dll");

    /// <summary>Walks up from <paramref name="start"/> to the folder holding Bot.sln.</summary>
    public static RepositoryLayout Find(string start, string? shared)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                var sharedPath = shared ?? Path.Combine(dir.FullName, "..", "shared");
                return new RepositoryLayout(dir.FullName, Path.GetFullPath(sharedPath));
            }
        }

        throw new DirectoryNotFoundException($"No Bot.sln above {start}; run the benchmark from inside the repository.");
    }
}

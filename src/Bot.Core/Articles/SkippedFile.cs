namespace Bot.Core.Articles;

public sealed record SkippedFile(string Path, string Reason);

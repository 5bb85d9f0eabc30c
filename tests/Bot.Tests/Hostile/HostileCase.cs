namespace Bot.Tests.Hostile;

/// <summary>
/// One file of the hostile corpus: its name, its bytes (from the article text around
/// <see cref="Body"/>), and what the bot must make of it — read (with <see cref="Probe"/>, when
/// set, in the article exactly as written), or skipped with a warning that names the file.
/// </summary>
internal sealed record HostileCase(string Name, string FileName, Func<string, byte[]>? Content, string Body, bool Loads, string? Probe = null)
{
    public override string ToString() => Name;
}

namespace Bot.Hosting;

/// <summary>Timings of the host, each in one place.</summary>
internal static class HostingConstants
{
    /// <summary>Article files are reread once the folder has been quiet this long (editors and copies write in bursts).</summary>
    public static readonly TimeSpan ArticleDebounce = TimeSpan.FromMilliseconds(500);
}

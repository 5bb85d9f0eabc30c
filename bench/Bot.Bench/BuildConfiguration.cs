namespace Bot.Bench;

/// <summary>The build configuration this assembly was compiled in; figures from Debug builds mislead.</summary>
internal static class BuildConfiguration
{
#if DEBUG
    public static string Name => "Debug";
#else
    public static string Name => "Release";
#endif
}

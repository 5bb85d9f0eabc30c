namespace Bot.Commands;

internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The bot could not run: missing articles, bad configuration.</summary>
    public const int Error = 1;

    /// <summary>The command line was wrong; usage was printed.</summary>
    public const int Usage = 2;
}

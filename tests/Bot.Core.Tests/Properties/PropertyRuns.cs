namespace Bot.Core.Tests.Properties;

/// <summary>
/// How hard the property tests try. Bounded so that the whole property suite runs in seconds;
/// one thread, because the test projects already run in parallel on a small machine.
/// </summary>
internal static class PropertyRuns
{
    /// <summary>Samples for cheap properties (a tokenizer, a stemmer).</summary>
    public const int Many = 300;

    /// <summary>Samples for properties that parse or index a whole article.</summary>
    public const int Some = 80;

    public const int Threads = 1;
}

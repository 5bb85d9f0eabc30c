using Bot.Core;

namespace Bot.Bench.Perf;

/// <summary>Facts about the engine's index that the scan-throughput figure needs.</summary>
internal static class EngineFacts
{
    /// <summary>Dimensions of one passage vector, or null while the engine does not say.</summary>
    public static int? VectorDimensions(KnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return null;
    }
}

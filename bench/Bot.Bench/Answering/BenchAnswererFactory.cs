using Bot.Core;
using Bot.Core.Answers;

namespace Bot.Bench.Answering;

/// <summary>
/// The one place the benchmark chooses its answerer. It must be the product's embedded default,
/// <c>new Bot.Core.Answers.ExtractiveAnswerer(knowledgeBase)</c>; until that type exists the
/// retrieval stand-in keeps the harness runnable.
/// </summary>
internal static class BenchAnswererFactory
{
    public static IAnswerer Create(KnowledgeBase knowledgeBase) => new RetrievalStandInAnswerer(knowledgeBase);
}

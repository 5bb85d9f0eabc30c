using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Extractive;

namespace Bot.Bench.Answering;

/// <summary>The one place the benchmark chooses its answerer: the product's embedded default.</summary>
internal static class BenchAnswererFactory
{
    public static IAnswerer Create(KnowledgeBase knowledgeBase) => new ExtractiveAnswerer(knowledgeBase);
}

using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Options;

namespace Bot.Bench.Answering;

/// <summary>The one place the benchmark chooses its answerer: the product's embedded default, with the run's answer options.</summary>
internal static class BenchAnswererFactory
{
    public static IAnswerer Create(KnowledgeBase knowledgeBase, AnswerOptions? options = null)
        => new ExtractiveAnswerer(new FixedKnowledgeBase(knowledgeBase), options ?? AnswerOptions.Default);
}

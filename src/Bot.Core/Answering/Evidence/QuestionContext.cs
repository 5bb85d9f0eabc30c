using Bot.Core.Answering.Questions;

namespace Bot.Core.Answering.Evidence;

/// <summary>A question as every evidence sentence is scored against it: computed once per question.</summary>
internal sealed class QuestionContext
{
    public QuestionContext(QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, QuestionSignals signals, IReadOnlySet<string> questionWords)
    {
        Analysis = analysis;
        Groups = groups;
        Signals = signals;
        QuestionWords = questionWords;
        TotalWeight = groups.Sum(g => g.Weight);
        MaxWeight = groups.Count == 0 ? 0 : groups.Max(g => g.Weight);
        EntityGroups = groups.Count(g => g.IsEntity);
    }

    public QuestionAnalysis Analysis { get; }

    public IReadOnlyList<TermGroup> Groups { get; }

    public QuestionSignals Signals { get; }

    /// <summary>The question's words, lower-cased.</summary>
    public IReadOnlySet<string> QuestionWords { get; }

    public double TotalWeight { get; }

    public double MaxWeight { get; }

    public int EntityGroups { get; }
}

using System.Diagnostics;
using Bot.Core.Answering.Composition;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Metadata;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Answering.Spans;
using Bot.Core.Language;
using Bot.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answering.Extractive;

/// <summary>
/// The embedded default answerer: no model, no network. It retrieves passages, scores their
/// sentences against the question, extracts an answer span of the type the question asks for,
/// orders events by resolved date for first/last questions, and cites the sentences that say
/// so. When the evidence is weak it says the articles do not hold the answer.
/// </summary>
public sealed partial class ExtractiveAnswerer : IAnswerer
{
    public const string EngineName = "extractive";

    private readonly IKnowledgeBaseSource _knowledge;
    private readonly ILogger _logger;

    public ExtractiveAnswerer(KnowledgeBase knowledgeBase, ILogger<ExtractiveAnswerer>? logger = null)
        : this(new FixedKnowledgeBase(knowledgeBase), logger)
    {
    }

    /// <summary>Answers from whatever knowledge base is current, so a reindex takes effect at once.</summary>
    public ExtractiveAnswerer(IKnowledgeBaseSource knowledgeBase, ILogger<ExtractiveAnswerer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        _knowledge = knowledgeBase;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(request.Question));
    }

    public Answer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var watch = Stopwatch.StartNew();
        var kb = _knowledge.Current;
        var analysis = QuestionAnalyzer.Analyze(question);
        var answer = kb.Passages.Count == 0
            ? Unanswered(analysis, [], AnswerPhrases.NoArticles(analysis.Language), kb)
            : Solve(kb, analysis);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        Log.Answered(_logger, question, answer.Answered, elapsed);
        return answer with { ElapsedMs = Math.Round(elapsed, 2) };
    }

    private static Answer Solve(KnowledgeBase kb, QuestionAnalysis analysis)
    {
        // Bylines, outlets and dates of articles are answered from the articles' metadata.
        if (MetadataAnswerer.TryAnswer(kb, analysis, EngineName) is { } metadata)
        {
            return metadata;
        }

        var collector = new EvidenceCollector(kb);
        var groups = collector.Groups(analysis);
        var hits = kb.Retriever.Retrieve(analysis.MatchText, AnswerConstants.PassagesPerQuestion);

        // A name the corpus never mentions cannot be answered about, however well the rest matches.
        if (groups.Count == 0 || groups.Any(g => g.IsEntity && !g.InCorpus))
        {
            return Unanswered(analysis, hits, null, kb);
        }

        var evidence = collector.Collect(analysis, groups, hits);
        var candidates = Candidates(kb, analysis, groups, evidence);
        var chosen = Choose(kb, analysis, candidates);
        if (chosen is null)
        {
            return Unanswered(analysis, hits, null, kb);
        }

        return AnswerComposer.Compose(kb, analysis, chosen.Value.Best, chosen.Value.Support, EngineName);
    }

    private static List<AnswerCandidate> Candidates(KnowledgeBase kb, QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, List<SentenceEvidence> evidence)
    {
        // Weaker sentences still join as support: they can cite an answer, never choose one.
        var usable = evidence.Where(e => e.Score >= AnswerConstants.AbstainBelow * AnswerConstants.SupportShare).ToList();
        switch (analysis.Type)
        {
            case QuestionType.When:
                return DateCandidates.Find(usable, analysis);
            case QuestionType.Who:
            case QuestionType.Where:
                var excluded = kb.Articles.Select(a => a.Outlet).OfType<string>().Select(o => o.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                return EntityCandidates.Find(usable, analysis, groups, excluded, kb.Analyzer);
            case QuestionType.HowLong:
            case QuestionType.HowMuch:
                return QuantityCandidates.Find(usable, analysis);
            default:
                return ClauseCandidates.Find(usable, analysis);
        }
    }

    private static (AnswerCandidate Best, List<AnswerCandidate> Support)? Choose(KnowledgeBase kb, QuestionAnalysis analysis, List<AnswerCandidate> candidates)
    {
        if (analysis.Type == QuestionType.When)
        {
            candidates = TemporalFilter.Apply(kb, analysis, candidates);
        }

        if (!candidates.Any(c => c.Evidence.Score >= AnswerConstants.AbstainBelow))
        {
            return null;
        }

        var byKey = candidates.Where(c => c.Evidence.Score >= AnswerConstants.AbstainBelow).GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Best: g.MaxBy(c => c.Score)!, Score: g.Max(c => c.Score) + (AnswerConstants.AgreementBonus * (g.Select(c => c.Evidence.Sentence.ArticleId).Distinct().Count() - 1)), Items: g.ToList()))
            .ToList();
        var top = byKey.MaxBy(k => k.Score);
        if (analysis.Type == QuestionType.When && analysis.Order != TemporalOrder.None)
        {
            var relevant = byKey.Where(k => k.Score >= top.Score * AnswerConstants.OrderRelevanceShare).ToList();
            top = TemporalFilter.PickByOrder(relevant, analysis.Order);
        }

        if (top.Best.Evidence.Score < AnswerConstants.AbstainBelow)
        {
            return null;
        }

        // A resolved date is specific enough that any sentence stating it about the question supports it;
        // a name or an amount supports the answer only where the sentence itself matches the question well.
        var floor = analysis.Type == QuestionType.When ? 0 : Math.Max(AnswerConstants.AbstainBelow, top.Best.Evidence.Score * AnswerConstants.SupportShareOfBest);
        var support = candidates
            .Where(c => string.Equals(c.Key, top.Key, StringComparison.Ordinal) && c.Evidence.Score >= floor && (analysis.Type == QuestionType.When || c.Evidence.MatchedTokenStarts.Count > 0))
            .OrderByDescending(c => c.Score)
            .ToList();
        return (top.Best, support);
    }

    private static Answer Unanswered(QuestionAnalysis analysis, IReadOnlyList<SearchHit> hits, string? message, KnowledgeBase kb)
    {
        var closest = hits.Where(h => h.Passage.Kind != PassageKind.Metadata).DistinctBy(h => h.Passage.ArticleId).Take(2).ToList();
        var text = message ?? AnswerPhrases.NotInArticles(analysis.Language) + (closest.Count > 0 ? " " + AnswerPhrases.ClosestPassages(analysis.Language) : string.Empty);
        var citations = closest.Select((h, i) => AnswerComposer.Cite(kb, i + 1, h.Passage.ArticleId, h.Passage.Text)).ToList();
        return new Answer(analysis.Question, false, analysis.Language.ToCode(), text, citations, EngineName, 0);
    }
}

using System.Diagnostics;
using Bot.Core.Answering.Composition;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Learned;
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
    private readonly Lazy<AnswerModel> _model;
    private readonly AnswerOptions _options;
    private readonly double _threshold;

    public ExtractiveAnswerer(KnowledgeBase knowledgeBase, ILogger<ExtractiveAnswerer>? logger = null)
        : this(new FixedKnowledgeBase(knowledgeBase), logger)
    {
    }

    /// <summary>Answers from whatever knowledge base is current, so a reindex takes effect at once.</summary>
    public ExtractiveAnswerer(IKnowledgeBaseSource knowledgeBase, ILogger<ExtractiveAnswerer>? logger = null)
        : this(knowledgeBase, AnswerOptions.Default, logger)
    {
    }

    /// <summary>Answers with the given hand-set options around the shipped learned model.</summary>
    public ExtractiveAnswerer(IKnowledgeBaseSource knowledgeBase, AnswerOptions options, ILogger<ExtractiveAnswerer>? logger = null)
        : this(knowledgeBase, new Lazy<AnswerModel>(() => AnswerModel.Default), options, logger)
    {
    }

    internal ExtractiveAnswerer(IKnowledgeBaseSource knowledgeBase, AnswerModel model, AnswerOptions options, ILogger<ExtractiveAnswerer>? logger = null)
        : this(knowledgeBase, new Lazy<AnswerModel>(model ?? throw new ArgumentNullException(nameof(model))), options, logger)
    {
    }

    /// <param name="model">The learned model, read only when <see cref="AnswerOptions.Scoring"/> is learned: rule scoring starts without parsing it.</param>
    private ExtractiveAnswerer(IKnowledgeBaseSource knowledgeBase, Lazy<AnswerModel> model, AnswerOptions options, ILogger<ExtractiveAnswerer>? logger)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _knowledge = knowledgeBase;
        _model = model;
        _options = options;
        _threshold = options.Scoring == AnswerScoring.Rules ? options.Rules.AbstainBelow : options.AnswerThreshold ?? model.Value.AnswerThreshold;
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
        Answer answer;
        if (kb.Passages.Count == 0)
        {
            answer = Unanswered(analysis, [], AnswerPhrases.NoArticles(analysis.Language), kb);
        }
        else if (MetadataAnswerer.TryAnswer(kb, analysis, new EvidenceCollector(kb, _model, _options), EngineName) is { } metadata)
        {
            // Bylines, outlets and dates of articles are answered from the articles' own metadata.
            answer = metadata;
        }
        else if (analysis.Subject is { } person && Appositions.IsPersonName(person) && Appositions.Best(Appositions.Find(kb, person)) is { } title)
        {
            // "Who is X?" is answered by the title the articles give X, not by a name near X.
            answer = AnswerComposer.ComposeIdentity(kb, analysis, title, EngineName);
        }
        else
        {
            var trace = Trace(kb, analysis);
            answer = trace.Best is { } best && trace.Verdict >= _threshold
                ? AnswerComposer.Compose(kb, analysis, best, trace.Support, EngineName)
                : Unanswered(analysis, trace.Hits, null, kb);
        }

        var elapsed = watch.Elapsed.TotalMilliseconds;
        Log.Answered(_logger, question, answer.Answered, elapsed);
        return answer with { ElapsedMs = Math.Round(elapsed, 2) };
    }

    /// <summary>Everything the answerer weighed for a question, whether or not it answers: what the trainer learns from.</summary>
    internal AnswerTrace Trace(string question) => Trace(_knowledge.Current, QuestionAnalyzer.Analyze(question));

    private AnswerTrace Trace(KnowledgeBase kb, QuestionAnalysis analysis)
    {
        var collector = new EvidenceCollector(kb, _model, _options);
        var groups = collector.Groups(analysis);
        var hits = kb.Retriever.Retrieve(analysis.MatchText, _options.PassagesPerQuestion);

        // A name the corpus never mentions cannot be answered about, however well the rest matches.
        if (groups.Count == 0 || groups.Any(g => g.IsEntity && !g.InCorpus))
        {
            return new AnswerTrace(analysis, hits, [], null, [], null, 0);
        }

        var evidence = collector.Collect(analysis, groups, hits);
        var candidates = Candidates(kb, analysis, groups, evidence);
        if (analysis.Type == QuestionType.When)
        {
            candidates = new TemporalFilter(kb, collector, _options).Apply(analysis, candidates);
        }

        if (Choose(analysis, candidates) is not { } chosen)
        {
            return new AnswerTrace(analysis, hits, evidence, null, [], null, 0);
        }

        var verdict = VerdictFeatures.Of(analysis, groups, evidence, candidates, chosen.Best, chosen.Articles);
        var probability = _options.Scoring == AnswerScoring.Learned ? _model.Value.Verdict.Probability(verdict) : chosen.Best.Evidence.Score;
        return new AnswerTrace(analysis, hits, evidence, chosen.Best, chosen.Support, verdict, probability);
    }

    private List<AnswerCandidate> Candidates(KnowledgeBase kb, QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, List<SentenceEvidence> evidence)
    {
        // Weak sentences still join as support: they can cite an answer; the verdict decides whether to answer.
        var usable = evidence.Where(e => e.Score >= CandidateFloor).ToList();
        switch (analysis.Type)
        {
            case QuestionType.When:
                return DateCandidates.Find(usable, analysis, _options);
            case QuestionType.Who:
            case QuestionType.Where:
                var excluded = kb.Articles.Select(a => a.Outlet).OfType<string>().Select(o => o.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                return EntityCandidates.Find(usable, analysis, groups, excluded, kb.Analyzer, _options.Shapes);
            case QuestionType.HowLong:
            case QuestionType.HowMuch:
                return QuantityCandidates.Find(usable, analysis);
            default:
                return ClauseCandidates.Find(usable, analysis);
        }
    }

    private (AnswerCandidate Best, List<AnswerCandidate> Support, int Articles)? Choose(QuestionAnalysis analysis, List<AnswerCandidate> candidates)
    {
        var learned = _options.Scoring == AnswerScoring.Learned;

        // Under the rules only a sentence above the abstention line may choose an answer.
        var choosing = learned ? candidates : candidates.Where(c => c.Evidence.Score >= _options.Rules.AbstainBelow).ToList();
        if (choosing.Count == 0)
        {
            return null;
        }

        var byKey = choosing.GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Best: g.MaxBy(c => c.Score)!, Score: Agreeing(g.Max(c => c.Score), g.Select(c => c.Evidence.Sentence.ArticleId).Distinct().Count()), Items: g.ToList()))
            .ToList();
        var top = byKey.MaxBy(k => k.Score);
        if (analysis.Type == QuestionType.When && analysis.Order != TemporalOrder.None)
        {
            var relevant = byKey.Where(k => k.Score >= top.Score * _options.OrderRelevanceShare).ToList();
            top = TemporalFilter.PickByOrder(relevant, analysis.Order);
        }

        // A resolved date is specific enough that any sentence stating it about the question supports it;
        // a name or an amount supports the answer only where the sentence itself matches the question well.
        var floor = analysis.Type == QuestionType.When ? 0
            : learned ? top.Best.Evidence.Score * _options.SupportShareOfBest
            : Math.Max(_options.Rules.AbstainBelow, top.Best.Evidence.Score * _options.Rules.SupportShareOfBest);
        var support = candidates
            .Where(c => string.Equals(c.Key, top.Key, StringComparison.Ordinal) && c.Evidence.Score >= floor && (analysis.Type == QuestionType.When || c.Evidence.MatchedTokenStarts.Count > 0))
            .OrderByDescending(c => c.Score)
            .ToList();
        return (top.Best, support, top.Items.Select(c => c.Evidence.Sentence.ArticleId).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Evidence below this takes no part: the learned floor, or the rules' share of their abstention line.</summary>
    private double CandidateFloor => _options.Scoring == AnswerScoring.Learned ? _options.EvidenceFloor : _options.Rules.AbstainBelow * _options.Rules.SupportShare;

    /// <summary>An answer's score with the bonus for further articles that give it.</summary>
    private double Agreeing(double score, int articles) => _options.Scoring == AnswerScoring.Learned
        ? score * (1 + (_options.AgreementBonus * (articles - 1)))
        : score + (_options.Rules.AgreementBonus * (articles - 1));

    private static Answer Unanswered(QuestionAnalysis analysis, IReadOnlyList<SearchHit> hits, string? message, KnowledgeBase kb)
    {
        var closest = hits.Where(h => h.Passage.Kind != PassageKind.Metadata).DistinctBy(h => h.Passage.ArticleId).Take(2).ToList();
        var text = message ?? AnswerPhrases.NotInArticles(analysis.Language) + (closest.Count > 0 ? " " + AnswerPhrases.ClosestPassages(analysis.Language) : string.Empty);
        var citations = closest.Select((h, i) => AnswerComposer.Cite(kb, i + 1, h.Passage.ArticleId, h.Passage.Text)).ToList();
        return new Answer(analysis.Question, false, analysis.Language.ToCode(), text, citations, EngineName, 0);
    }
}

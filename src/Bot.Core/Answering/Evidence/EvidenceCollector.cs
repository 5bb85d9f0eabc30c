using Bot.Core.Answering.Learned;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Answering.Evidence;

/// <summary>
/// Turns a question into term groups and scores the sentences of the retrieved passages: what each
/// covers of the question (itself, its neighbours, its headline), where retrieval placed it and
/// whether it holds what is asked for become <see cref="EvidenceFeature"/>s, and the learned
/// sentence scorer turns them into the probability that the sentence answers the question.
/// </summary>
internal sealed class EvidenceCollector
{
    private static readonly HashSet<string> DurationVerbs = new(StringComparer.Ordinal) { "last", "lasted", "lasts", "take", "took", "takes", "berlangsung", "lama" };

    private readonly KnowledgeBase _kb;
    private readonly Lazy<AnswerModel> _model;
    private readonly AnswerOptions _options;

    public EvidenceCollector(KnowledgeBase kb, AnswerModel model, AnswerOptions options)
        : this(kb, new Lazy<AnswerModel>(model), options)
    {
    }

    /// <param name="model">Read only when <see cref="AnswerOptions.Scoring"/> is learned, so rule scoring never loads it.</param>
    public EvidenceCollector(KnowledgeBase kb, Lazy<AnswerModel> model, AnswerOptions options)
    {
        _kb = kb;
        _model = model;
        _options = options;
    }

    public IReadOnlyList<TermGroup> Groups(QuestionAnalysis analysis)
    {
        var entities = new HashSet<string>(analysis.Entities, StringComparer.OrdinalIgnoreCase);
        var words = new List<(string Word, HashSet<string> Terms)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in Tokenizer.Tokenize(analysis.MatchText))
        {
            var word = token.Text.Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal);
            var lower = word.ToLowerInvariant();
            // "US" is a name even though "us" is a stop word.
            if (!seen.Add(lower) || (!TermAnalyzer.IsAcronym(word) && QuestionVocabulary.IsIgnorable(lower, analysis)) || token.Kind == TokenKind.Date)
            {
                continue;
            }

            var terms = new HashSet<string>(StringComparer.Ordinal);
            if (analysis.Type == QuestionType.HowLong && DurationVerbs.Contains(lower))
            {
                // "How long did it last/take": the verb is about duration, as "berlangsung" is.
                terms.UnionWith(_kb.Analyzer.DocumentTerms("berlangsung lama"));
            }

            terms.UnionWith(_kb.Analyzer.DocumentTerms(word));
            terms.UnionWith(_kb.Analyzer.QueryTerms(word, analysis.Language).Select(t => t.Term));
            if (terms.Count > 0)
            {
                words.Add((word, terms));
            }
        }

        MergePhrases(analysis, words);
        var groups = words.Select(w => Group(w.Word, w.Terms, w.Word.Split(' ').Any(entities.Contains))).ToList();

        // An English word the articles never render ("happen", "taken"), or an Indonesian derived verb they never
        // use ("mengunggah": they say "postingan"), is more likely a gap in the vocabulary than a fact they lack: it
        // weighs as much as the question's words they do use, not as the rarest word. A bare Indonesian word they
        // never use ("hakim") keeps its weight: that the articles lack it is evidence.
        var known = groups.Where(g => g.InCorpus).Select(g => g.Weight).ToList();
        if (known.Count == 0)
        {
            return groups;
        }

        var knownWeight = known.Average();
        return groups.Select(g => g.InCorpus || g.IsEntity || !IsParaphrasable(g, analysis.Language) ? g : g with { Weight = knownWeight }).ToList();
    }

    private static bool IsParaphrasable(TermGroup group, TextLanguage language)
        => language != TextLanguage.Indonesian || !group.Terms.Contains(group.Word.ToLowerInvariant());

    /// <summary>
    /// Words the translator took as one phrase ("United States" → Amerika Serikat, "phone call" →
    /// telepon) become one group, so the phrase counts once and its rendering matches as a whole.
    /// </summary>
    private void MergePhrases(QuestionAnalysis analysis, List<(string Word, HashSet<string> Terms)> words)
    {
        foreach (var term in _kb.Analyzer.QueryTerms(analysis.MatchText, analysis.Language))
        {
            var colon = term.Origin.IndexOf(':', StringComparison.Ordinal);
            var source = colon < 0 ? null : term.Origin[(colon + 1)..];
            var parts = source?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (parts.Length < 2)
            {
                continue;
            }

            var members = words.Where(w => w.Word.Split(' ').Any(x => parts.Any(p => p.Equals(x, StringComparison.OrdinalIgnoreCase)))).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var merged = new HashSet<string>(members.SelectMany(m => m.Terms), StringComparer.Ordinal) { term.Term };
            var index = words.IndexOf(members[0]);
            foreach (var m in members)
            {
                words.Remove(m);
            }

            words.Insert(Math.Min(index, words.Count), (string.Join(' ', members.Select(m => m.Word)), merged));
        }
    }

    private TermGroup Group(string word, HashSet<string> terms, bool isEntity)
    {
        var present = terms.Where(t => _kb.Retriever.Lexical.DocumentFrequency(t) > 0).ToList();
        var idf = present.Count > 0
            ? present.Max(t => _kb.Retriever.Lexical.Idf(t))
            : Math.Log(1 + _kb.Passages.Count + 0.5);
        return new TermGroup(word, terms, Math.Max(idf, 0.1), isEntity, present.Count > 0);
    }

    public List<SentenceEvidence> Collect(QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, IReadOnlyList<SearchHit> hits)
    {
        var question = new QuestionContext(analysis, groups, QuestionSignals.Of(analysis.Question), QuestionWordsOf(analysis));
        var evidence = new List<SentenceEvidence>();
        var visited = new HashSet<(string, int)>();
        var bestHit = hits.Count > 0 ? Math.Max(hits[0].Score, 1e-9) : 1;

        // Neighbouring sentences and headlines are shared by many evidence sentences: analyse each once per question.
        var termCache = new Dictionary<ArticleSentence, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            var sentences = _kb.Sentences[hit.Passage.ArticleId];
            var first = Math.Max(0, hit.Passage.FirstSentence);
            var indexes = hit.Passage.Kind == PassageKind.Metadata
                ? [-1]
                : Enumerable.Range(first, hit.Passage.Sentences.Count);
            var retrieval = new RetrievalPlace(hit.Score / bestHit, rank);
            foreach (var index in indexes)
            {
                if (!visited.Add((hit.Passage.ArticleId, index)))
                {
                    continue;
                }

                var sentence = index >= 0
                    ? sentences[index]
                    : new ArticleSentence(hit.Passage.ArticleId, -1, hit.Passage.Text, PassageKind.Metadata, hit.Passage.Dates);
                evidence.Add(Score(question, sentence, sentences, retrieval, termCache));
            }
        }

        return evidence;
    }

    /// <summary>The lower-cased words of the question, to tell a name the sentence adds from one the question gave.</summary>
    private static HashSet<string> QuestionWordsOf(QuestionAnalysis analysis)
        => Tokenizer.Tokenize(analysis.Question).Select(t => t.Text.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private IReadOnlySet<string> TermsOf(ArticleSentence sentence, Dictionary<ArticleSentence, IReadOnlySet<string>> cache)
    {
        if (!cache.TryGetValue(sentence, out var terms))
        {
            cache[sentence] = terms = _kb.Analyzer.DocumentTerms(sentence.Text).ToHashSet(StringComparer.Ordinal);
        }

        return terms;
    }

    private SentenceEvidence Score(QuestionContext question, ArticleSentence sentence, IReadOnlyList<ArticleSentence> all, RetrievalPlace retrieval, Dictionary<ArticleSentence, IReadOnlySet<string>> termCache)
    {
        var analysis = question.Analysis;
        var groups = question.Groups;
        var tokens = Tokenizer.Tokenize(sentence.Text);
        var own = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var t = 0; t < tokens.Count; t++)
        {
            foreach (var term in _kb.Analyzer.DocumentTerms(tokens[t].Text))
            {
                if (!own.TryGetValue(term, out var positions))
                {
                    own[term] = positions = [];
                }

                positions.Add(t);
            }
        }

        var neighbours = new HashSet<string>(StringComparer.Ordinal);
        if (sentence.Index >= 0)
        {
            foreach (var i in new[] { sentence.Index - 1, sentence.Index + 1 })
            {
                if (i >= 0 && i < all.Count && all[i].Kind == sentence.Kind)
                {
                    neighbours.UnionWith(TermsOf(all[i], termCache));
                }
            }
        }

        var headline = all.Count > 0 && all[0].Kind == PassageKind.Headline ? TermsOf(all[0], termCache) : new HashSet<string>();
        double ownScore = 0, windowScore = 0, rarest = 0;
        var matchedTokens = new HashSet<int>();
        var entitiesFound = 0;
        var ownGroups = 0;
        var groupPositions = new List<int>?[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var inOwn = group.Terms.Where(own.ContainsKey).ToList();
            var inNeighbours = group.Terms.Any(neighbours.Contains);
            if (inOwn.Count > 0)
            {
                ownScore += group.Weight;
                windowScore += group.Weight;
                ownGroups++;
                rarest = Math.Max(rarest, group.Weight);
                var positions = inOwn.SelectMany(t => own[t]).ToList();
                matchedTokens.UnionWith(positions);
                groupPositions[g] = positions;
            }
            else if (inNeighbours)
            {
                windowScore += group.Weight;
            }

            if (group.IsEntity && (inOwn.Count > 0 || inNeighbours || group.Terms.Any(headline.Contains)))
            {
                entitiesFound++;
            }
        }

        var total = question.TotalWeight;
        // Words found only in the neighbouring sentences count at a share: they set the scene, the sentence must still say something.
        var coverage = total <= 0 ? 0 : (ownScore + (_options.NeighbourShare * (windowScore - ownScore))) / total;
        var entityCoverage = question.EntityGroups == 0 ? 1 : entitiesFound / (double)question.EntityGroups;
        var nearby = NearbyDates(sentence, all);
        var articleHasMonth = analysis.Month is { } month && all.Any(s => s.Dates.Any(d => d.Date.Month == month && d.Granularity != Time.DateGranularity.Year));
        var monthMatched = analysis.Month is { } m && nearby.Any(d => d.Date.Month == m && d.Granularity != Time.DateGranularity.Year);

        var features = new double[FeatureKeys.Count<EvidenceFeature>()];
        features[(int)EvidenceFeature.Coverage] = coverage;
        features[(int)EvidenceFeature.OwnCoverage] = total <= 0 ? 0 : ownScore / total;
        features[(int)EvidenceFeature.NeighbourCoverage] = total <= 0 ? 0 : (windowScore - ownScore) / total;
        features[(int)EvidenceFeature.WordCoverage] = groups.Count == 0 ? 0 : ownGroups / (double)groups.Count;
        features[(int)EvidenceFeature.RarestMatched] = question.MaxWeight <= 0 ? 0 : rarest / question.MaxWeight;
        features[(int)EvidenceFeature.EntityCoverage] = entityCoverage;
        features[(int)EvidenceFeature.NoEntities] = question.EntityGroups == 0 ? 1 : 0;
        features[(int)EvidenceFeature.MonthMatched] = monthMatched ? 1 : 0;
        features[(int)EvidenceFeature.MonthMissing] = analysis.Month is not null && !monthMatched && !articleHasMonth ? 1 : 0;
        features[(int)EvidenceFeature.YearMissing] = analysis.Year is { } year && !nearby.Any(d => d.Date.Year == year) ? 1 : 0;
        features[(int)EvidenceFeature.Caption] = sentence.Kind == PassageKind.Caption ? 1 : 0;
        features[(int)EvidenceFeature.Headline] = sentence.Kind == PassageKind.Headline ? 1 : 0;
        features[(int)EvidenceFeature.Metadata] = sentence.Kind == PassageKind.Metadata ? 1 : 0;
        features[(int)EvidenceFeature.PassageScore] = retrieval.RelativeScore;
        features[(int)EvidenceFeature.PassageRank] = 1.0 / (1 + retrieval.Rank);
        features[(int)EvidenceFeature.TopPassage] = retrieval.Rank == 0 ? 1 : 0;
        features[(int)EvidenceFeature.InversePosition] = sentence.Index < 0 ? 0 : 1.0 / (1 + sentence.Index);
        features[(int)EvidenceFeature.Length] = Math.Log(1 + tokens.Count);
        features[(int)EvidenceFeature.MatchDensity] = tokens.Count == 0 ? 0 : matchedTokens.Count / (double)tokens.Count;
        features[(int)EvidenceFeature.OrderedPairs] = OrderedPairs(groupPositions);
        features[(int)EvidenceFeature.TypeMatch] = AnswerTypes.Match(analysis, sentence, tokens, nearby, question.QuestionWords);
        features[(int)EvidenceFeature.NumberMismatch] = question.Signals.Numbers.Any(n => !tokens.Any(t => string.Equals(t.Text, n, StringComparison.Ordinal))) ? 1 : 0;
        features[(int)EvidenceFeature.NegationMismatch] = question.Signals.Negated != tokens.Any(t => QuestionSignals.IsNegation(t.Text)) ? 1 : 0;
        features[(int)EvidenceFeature.Quotation] = sentence.Text.AsSpan().IndexOfAny("\"“”") >= 0 ? 1 : 0;

        var matchedStarts = matchedTokens.Select(t => tokens[t].Start).ToHashSet();
        var score = _options.Scoring == AnswerScoring.Learned
            ? _model.Value.Sentence.Probability(features)
            : RuleScore(coverage, entityCoverage, monthMatched, articleHasMonth, analysis.Month is not null, sentence.Kind);
        return new SentenceEvidence(sentence, score, coverage, entityCoverage, matchedStarts, nearby, articleHasMonth, features);
    }

    /// <summary>The hand-set score of <see cref="AnswerScoring.Rules"/>.</summary>
    private double RuleScore(double coverage, double entityCoverage, bool monthMatched, bool articleHasMonth, bool monthAsked, PassageKind kind)
    {
        var rules = _options.Rules;
        var month = !monthAsked || monthMatched ? 1 : articleHasMonth ? rules.MonthElsewhereInArticle : rules.MonthNotInArticle;
        var kindFactor = kind switch
        {
            PassageKind.Caption => rules.Caption,
            PassageKind.Headline => rules.Headline,
            _ => 1,
        };
        return coverage * (rules.EntityBase + ((1 - rules.EntityBase) * entityCoverage)) * month * kindFactor;
    }

    /// <summary>Share of adjacent question-word pairs the sentence has in the question's order, at most three tokens apart.</summary>
    private static double OrderedPairs(List<int>?[] positions)
    {
        if (positions.Length < 2)
        {
            return 0;
        }

        var found = 0;
        for (var g = 0; g + 1 < positions.Length; g++)
        {
            if (positions[g] is { } a && positions[g + 1] is { } b && a.Any(p => b.Any(q => q > p && q - p <= 3)))
            {
                found++;
            }
        }

        return found / (double)(positions.Length - 1);
    }

    /// <summary>The sentence's own dates, else those of the nearest dated sentence within three.</summary>
    private static IReadOnlyList<Time.DateMention> NearbyDates(ArticleSentence sentence, IReadOnlyList<ArticleSentence> all)
    {
        if (sentence.Dates.Count > 0 || sentence.Index < 0)
        {
            return sentence.Dates;
        }

        for (var distance = 1; distance <= 3; distance++)
        {
            foreach (var i in new[] { sentence.Index - distance, sentence.Index + distance })
            {
                if (i > 0 && i < all.Count && all[i].Kind == PassageKind.Body && all[i].Dates.Count > 0)
                {
                    return all[i].Dates;
                }
            }
        }

        return [];
    }
}

using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Answering.Evidence;

/// <summary>
/// Turns a question into term groups and scores the sentences of the retrieved passages (and
/// their neighbours) by how much of the question they cover.
/// </summary>
internal sealed class EvidenceCollector
{
    private static readonly HashSet<string> DurationVerbs = new(StringComparer.Ordinal) { "last", "lasted", "lasts", "take", "took", "takes", "berlangsung", "lama" };

    private readonly KnowledgeBase _kb;

    public EvidenceCollector(KnowledgeBase kb) => _kb = kb;

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
        return words.Select(w => Group(w.Word, w.Terms, w.Word.Split(' ').Any(entities.Contains))).ToList();
    }

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
        var total = groups.Sum(g => g.Weight);
        var entityGroups = groups.Where(g => g.IsEntity).ToList();
        var evidence = new List<SentenceEvidence>();
        var visited = new HashSet<(string, int)>();

        // Neighbouring sentences and headlines are shared by many evidence sentences: analyse each once per question.
        var termCache = new Dictionary<ArticleSentence, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        foreach (var hit in hits)
        {
            var sentences = _kb.Sentences[hit.Passage.ArticleId];
            var first = Math.Max(0, hit.Passage.FirstSentence);
            var indexes = hit.Passage.Kind == PassageKind.Metadata
                ? [-1]
                : Enumerable.Range(first, hit.Passage.Sentences.Count);
            foreach (var index in indexes)
            {
                if (!visited.Add((hit.Passage.ArticleId, index)))
                {
                    continue;
                }

                var sentence = index >= 0
                    ? sentences[index]
                    : new ArticleSentence(hit.Passage.ArticleId, -1, hit.Passage.Text, PassageKind.Metadata, hit.Passage.Dates);
                evidence.Add(Score(analysis, sentence, sentences, groups, entityGroups, total, termCache));
            }
        }

        return evidence;
    }

    private IReadOnlySet<string> TermsOf(ArticleSentence sentence, Dictionary<ArticleSentence, IReadOnlySet<string>> cache)
    {
        if (!cache.TryGetValue(sentence, out var terms))
        {
            cache[sentence] = terms = _kb.Analyzer.DocumentTerms(sentence.Text).ToHashSet(StringComparer.Ordinal);
        }

        return terms;
    }

    private SentenceEvidence Score(QuestionAnalysis analysis, ArticleSentence sentence, IReadOnlyList<ArticleSentence> all, IReadOnlyList<TermGroup> groups, List<TermGroup> entityGroups, double total, Dictionary<ArticleSentence, IReadOnlySet<string>> termCache)
    {
        var tokens = Tokenizer.Tokenize(sentence.Text);
        var own = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            foreach (var term in _kb.Analyzer.DocumentTerms(token.Text))
            {
                if (!own.TryGetValue(term, out var starts))
                {
                    own[term] = starts = [];
                }

                starts.Add(token.Start);
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
        double ownScore = 0, windowScore = 0;
        var matched = new HashSet<int>();
        var entitiesFound = 0;
        foreach (var group in groups)
        {
            var inOwn = group.Terms.Where(own.ContainsKey).ToList();
            var inNeighbours = group.Terms.Any(neighbours.Contains);
            if (inOwn.Count > 0)
            {
                ownScore += group.Weight;
                windowScore += group.Weight;
                foreach (var t in inOwn)
                {
                    matched.UnionWith(own[t]);
                }
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

        // Words found only in the neighbouring sentences count at a share: they set the scene, the sentence must still say something.
        var coverage = total <= 0 ? 0 : (ownScore + (AnswerConstants.NeighbourShare * (windowScore - ownScore))) / total;
        var entityCoverage = entityGroups.Count == 0 ? 1 : entitiesFound / (double)entityGroups.Count;
        var nearby = NearbyDates(sentence, all);
        var articleHasMonth = analysis.Month is { } month && all.Any(s => s.Dates.Any(d => d.Date.Month == month && d.Granularity != Time.DateGranularity.Year));
        var score = coverage * (0.4 + (0.6 * entityCoverage)) * MonthFactor(analysis, nearby, articleHasMonth) * KindFactor(sentence.Kind);
        return new SentenceEvidence(sentence, score, coverage, entityCoverage, matched, nearby, articleHasMonth);
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

    private static double MonthFactor(QuestionAnalysis analysis, IReadOnlyList<Time.DateMention> nearby, bool articleHasMonth)
    {
        if (analysis.Month is not { } month)
        {
            return 1;
        }

        if (nearby.Any(d => d.Date.Month == month && d.Granularity != Time.DateGranularity.Year))
        {
            return 1;
        }

        return articleHasMonth ? 0.85 : 0.5;
    }

    /// <summary>Captions describe a photo, not the story; headlines repeat it without detail.</summary>
    private static double KindFactor(PassageKind kind) => kind switch
    {
        PassageKind.Caption => 0.6,
        PassageKind.Headline => 0.8,
        _ => 1,
    };
}

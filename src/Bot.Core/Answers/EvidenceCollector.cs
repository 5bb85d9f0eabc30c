using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Answers;

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
        var groups = new List<TermGroup>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in Tokenizer.Tokenize(analysis.MatchText))
        {
            var word = token.Text.Replace("'s", string.Empty, StringComparison.Ordinal).Replace("’s", string.Empty, StringComparison.Ordinal);
            var lower = word.ToLowerInvariant();
            if (!seen.Add(lower) || QuestionVocabulary.IsIgnorable(lower, analysis) || token.Kind == TokenKind.Date)
            {
                continue;
            }

            var terms = new HashSet<string>(StringComparer.Ordinal);
            if (analysis.Type == QuestionType.HowLong && DurationVerbs.Contains(lower))
            {
                // "How long did it last/take": the verb is about duration, as "berlangsung" is.
                terms.UnionWith(_kb.Analyzer.DocumentTerms("berlangsung lama"));
            }

            foreach (var t in _kb.Analyzer.DocumentTerms(word))
            {
                terms.Add(t);
            }

            foreach (var t in _kb.Analyzer.QueryTerms(word, analysis.Language))
            {
                terms.Add(t.Term);
            }

            if (terms.Count == 0)
            {
                continue;
            }

            var present = terms.Where(t => _kb.Retriever.Lexical.DocumentFrequency(t) > 0).ToList();
            var idf = present.Count > 0
                ? present.Max(t => _kb.Retriever.Lexical.Idf(t))
                : Math.Log(1 + _kb.Passages.Count + 0.5);
            groups.Add(new TermGroup(word, terms, Math.Max(idf, 0.1), entities.Contains(word), present.Count > 0));
        }

        return groups;
    }

    public List<Evidence> Collect(QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, IReadOnlyList<SearchHit> hits)
    {
        var total = groups.Sum(g => g.Weight);
        var entityGroups = groups.Where(g => g.IsEntity).ToList();
        var evidence = new List<Evidence>();
        var visited = new HashSet<(string, int)>();
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
                    : new ArticleSentence(hit.Passage.ArticleId, -1, hit.Passage.Text, PassageKind.Metadata, []);
                evidence.Add(Score(analysis, sentence, sentences, groups, entityGroups, total));
            }
        }

        return evidence;
    }

    private Evidence Score(QuestionAnalysis analysis, ArticleSentence sentence, IReadOnlyList<ArticleSentence> all, IReadOnlyList<TermGroup> groups, List<TermGroup> entityGroups, double total)
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
                    neighbours.UnionWith(_kb.Analyzer.DocumentTerms(all[i].Text));
                }
            }
        }

        var headline = all.Count > 0 && all[0].Kind == PassageKind.Headline ? _kb.Analyzer.DocumentTerms(all[0].Text).ToHashSet(StringComparer.Ordinal) : [];
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

        var coverage = total <= 0 ? 0 : Math.Max(ownScore, AnswerConstants.NeighbourShare * windowScore) / total;
        var entityCoverage = entityGroups.Count == 0 ? 1 : entitiesFound / (double)entityGroups.Count;
        var nearby = NearbyDates(sentence, all);
        var articleHasMonth = analysis.Month is { } month && all.Any(s => s.Dates.Any(d => d.Date.Month == month && d.Granularity != Time.DateGranularity.Year));
        var score = coverage * (0.4 + (0.6 * entityCoverage)) * MonthFactor(analysis, nearby, articleHasMonth) * KindFactor(sentence.Kind);
        return new Evidence(sentence, score, coverage, entityCoverage, matched, nearby, articleHasMonth);
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

using Bot.Core.Articles;
using Bot.Core.Language;
using Bot.Core.Search;

namespace Bot.Core.Summaries;

/// <summary>
/// The sentences of a story a summary may quote, with their features, and every sentence of the
/// story's articles that states something (to find which articles state a chosen sentence's fact).
/// Datelines and page furniture are gone; a sentence without a fact is never a candidate.
/// </summary>
internal sealed class StoryCandidates
{
    private StoryCandidates(IReadOnlyList<SummaryCandidate> candidates, IReadOnlyList<(string ArticleId, SentenceContent Content)> statements, TermVector centre, IReadOnlyList<TermVector> articleCentres)
    {
        Candidates = candidates;
        Statements = statements;
        Centre = centre;
        ArticleCentres = articleCentres;
    }

    public IReadOnlyList<SummaryCandidate> Candidates { get; }

    /// <summary>Every cleaned body sentence of the story's articles, candidate or not.</summary>
    public IReadOnlyList<(string ArticleId, SentenceContent Content)> Statements { get; }

    public TermVector Centre { get; }

    /// <summary>The centre of each article's sentences, in story order.</summary>
    public IReadOnlyList<TermVector> ArticleCentres { get; }

    /// <param name="from">Ids of the articles whose sentences may be quoted (all of the story's when null).</param>
    public static StoryCandidates Build(KnowledgeBase knowledgeBase, Story story, IReadOnlySet<string>? from, SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(options);
        var analyzer = knowledgeBase.Analyzer;
        var body = new List<(Article Article, int Order, ArticleSentence Sentence, string Text, int Position, int Paragraph, bool ParagraphStart)>();
        var lengths = new List<int>();
        for (var order = 0; order < story.Articles.Count; order++)
        {
            var article = story.Articles[order];
            var sentences = knowledgeBase.Sentences.TryGetValue(article.Id, out var s) ? s : [];
            var paragraphs = Paragraphs(article, sentences.Count);
            var position = 0;
            var lastParagraph = -1;
            foreach (var sentence in sentences)
            {
                if (sentence.Kind != PassageKind.Body || SentenceCleaner.Clean(sentence.Text, options.MaxDatelineLength, article.Outlet) is not { } text)
                {
                    continue;
                }

                // Paragraphs are counted as a reader sees them: one of only page furniture does not count.
                var paragraph = paragraphs[sentence.Index];
                body.Add((article, order, sentence, text, position++, paragraph, paragraph != lastParagraph));
                lastParagraph = paragraph;
            }

            lengths.Add(position);
        }

        var terms = body.Select(b => analyzer.DocumentTerms(b.Text)).ToList();
        var idf = StoryGrouper.InverseDocumentFrequency(terms);
        var vectors = terms.Select(t => TermVector.From(t, idf)).ToList();
        var centre = TermVector.Centroid(vectors);
        var headlines = story.Articles.Select(a => TermVector.From(analyzer.DocumentTerms(a.Title), idf)).ToList();
        var contents = body.Select(b => SentenceContent.Of(b.Text, b.Sentence.Dates, analyzer)).ToList();
        var names = RecurringNames(contents);
        var leads = story.Articles.Select((_, order) => body.FindIndex(b => b.Order == order)).ToList();
        var paragraphIndex = ParagraphNumbers(body.Select(b => (b.Order, b.ParagraphStart)).ToList());
        var nameWeight = names.Values.Sum();

        var candidates = new List<SummaryCandidate>();
        for (var i = 0; i < body.Count; i++)
        {
            var (article, order, sentence, text, position, paragraph, paragraphStart) = body[i];
            var content = contents[i];
            if ((from is not null && !from.Contains(article.Id)) || !IsCandidate(text, content, options))
            {
                continue;
            }

            var features = new double[SummaryFeatures.Count];
            var length = lengths[order];
            features[(int)SummaryFeature.Lead] = position == 0 ? 1 : 0;
            features[(int)SummaryFeature.Second] = position == 1 ? 1 : 0;
            features[(int)SummaryFeature.Third] = position == 2 ? 1 : 0;
            features[(int)SummaryFeature.Fourth] = position == 3 ? 1 : 0;
            features[(int)SummaryFeature.Fifth] = position == 4 ? 1 : 0;
            features[(int)SummaryFeature.InversePosition] = 1.0 / (1 + position);
            features[(int)SummaryFeature.RelativePosition] = length > 1 ? (double)position / (length - 1) : 0;
            features[(int)SummaryFeature.ParagraphStart] = paragraphStart ? 1 : 0;
            features[(int)SummaryFeature.InverseParagraph] = 1.0 / (1 + paragraphIndex[i]);
            features[(int)SummaryFeature.LeadSimilarity] = position == 0 || leads[order] < 0 ? 0 : vectors[i].Cosine(vectors[leads[order]]);
            features[(int)SummaryFeature.HeadlineSimilarity] = vectors[i].Cosine(headlines[order]);
            features[(int)SummaryFeature.CentreSimilarity] = vectors[i].Cosine(centre);
            features[(int)SummaryFeature.EntityCoverage] = nameWeight > 0 ? content.Names.Sum(n => names.GetValueOrDefault(n)) / nameWeight : 0;
            features[(int)SummaryFeature.StatesDate] = content.Days.Count > 0 ? 1 : 0;
            features[(int)SummaryFeature.StatesEventDate] = story.EventDate is { } day && content.Days.Contains(day) ? 1 : 0;
            features[(int)SummaryFeature.Length] = Math.Log(1 + terms[i].Count);
            features[(int)SummaryFeature.Quotation] = text.AsSpan().IndexOfAny("\"“”") >= 0 ? 1 : 0;
            features[(int)SummaryFeature.Question] = text.EndsWith('?') ? 1 : 0;
            features[(int)SummaryFeature.Novelty] = 1;
            candidates.Add(new SummaryCandidate(sentence, text, position, order, vectors[i], content, features));
        }

        var articleCentres = story.Articles.Select((_, order) => TermVector.Centroid(vectors.Where((_, i) => body[i].Order == order))).ToList();
        return new StoryCandidates(candidates, [.. body.Select((b, i) => (b.Article.Id, contents[i]))], centre, articleCentres);
    }

    /// <summary>
    /// A whole sentence of fitting length that states a fact: it opens as sentences open (not with a
    /// lower-case word, which marks text cut from a page), and has enough content terms, and a name,
    /// number or day unless it has many.
    /// </summary>
    internal static bool IsCandidate(string text, SentenceContent content, SummaryOptions options)
        => !char.IsLower(text[0])
            && text.Length >= options.MinSentenceLength
            && text.Length <= options.MaxSentenceLength
            && content.Terms.Count >= (content.IsAnchored ? options.MinFactTerms : options.MinPlainFactTerms);

    /// <summary>Names given by more than one sentence, with the number of sentences that give them.</summary>
    private static Dictionary<string, double> RecurringNames(List<SentenceContent> contents)
    {
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var name in contents.SelectMany(c => c.Names))
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        return counts.Where(c => c.Value >= 2).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    /// <summary>The paragraph (block) of each of the article's sentences, cut as the index cuts them.</summary>
    private static int[] Paragraphs(Article article, int sentenceCount)
    {
        var paragraphs = new List<int>(sentenceCount);
        var block = 0;
        foreach (var b in article.Blocks)
        {
            var count = b.Kind == BlockKind.Headline ? 1 : SentenceSplitter.Split(b.Text).Count;
            paragraphs.AddRange(Enumerable.Repeat(block++, count));
        }

        // Should the index ever cut differently, every sentence counts as one paragraph.
        return paragraphs.Count == sentenceCount ? [.. paragraphs] : [.. Enumerable.Range(0, sentenceCount)];
    }

    /// <summary>Each sentence's paragraph among those of its article that hold a counted sentence.</summary>
    private static int[] ParagraphNumbers(List<(int Order, bool Start)> body)
    {
        var numbers = new int[body.Count];
        var current = -1;
        for (var i = 0; i < body.Count; i++)
        {
            current = i == 0 || body[i].Order != body[i - 1].Order ? 0 : current + (body[i].Start ? 1 : 0);
            numbers[i] = current;
        }

        return numbers;
    }
}

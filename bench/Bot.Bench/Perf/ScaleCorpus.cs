using Bot.Core;
using Bot.Core.Articles;

namespace Bot.Bench.Perf;

/// <summary>
/// Picks how many articles give about a target number of passages: a calibration build learns the
/// engine's passages per article, then articles are taken in a fixed shuffled order, and when the
/// corpus runs out the same articles are taken again under changed ids (counted as repeated).
/// </summary>
internal sealed class ScaleCorpus
{
    private readonly List<Article> _shuffled;

    public ScaleCorpus(IReadOnlyList<Article> corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var random = new Random(BenchSettings.Seed);
        _shuffled = corpus.OrderBy(_ => random.Next()).ToList();
        var sample = _shuffled.Take(BenchSettings.CalibrationArticles).ToList();
        var passages = sample.Count == 0 ? 0 : KnowledgeBase.Build(sample).Passages.Count;
        PassagesPerArticle = sample.Count == 0 ? 0 : passages / (double)sample.Count;
    }

    public double PassagesPerArticle { get; }

    public (IReadOnlyList<Article> Articles, int Repeated) ForPassages(int target)
    {
        if (_shuffled.Count == 0)
        {
            return ([], 0);
        }

        // With no passages to learn from (an engine that cuts none), aim for one passage per article.
        var count = PassagesPerArticle > 0 ? (int)Math.Ceiling(target / PassagesPerArticle) : target;
        var articles = new List<Article>(count);
        for (var i = 0; i < count; i++)
        {
            var copy = i / _shuffled.Count;
            var original = _shuffled[i % _shuffled.Count];
            articles.Add(copy == 0 ? original : Corpus.ClickIdLoader.WithCopyNumber(original, copy));
        }

        return (articles, Math.Max(0, count - _shuffled.Count));
    }
}

namespace Bot.Core.Search;

/// <summary>Selects the k best-scored items without sorting everything.</summary>
internal static class TopK
{
    public static IReadOnlyList<(int Doc, double Score)> Select(IEnumerable<KeyValuePair<int, double>> scores, int k)
    {
        if (k <= 0)
        {
            return [];
        }

        var heap = new PriorityQueue<int, (double Score, int Tiebreak)>(k + 1);
        foreach (var (doc, score) in scores)
        {
            heap.Enqueue(doc, (score, -doc));
            if (heap.Count > k)
            {
                heap.Dequeue();
            }
        }

        var result = new (int, double)[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var doc, out var priority);
            result[i] = (doc, priority.Score);
        }

        return result;
    }
}

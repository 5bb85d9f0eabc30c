namespace Bot.Bench.Summaries;

/// <summary>One summarizer's mean ROUGE F1 over a set of articles, and how long its summaries are.</summary>
internal sealed record SystemScores(string System, int Articles, double Rouge1, double Rouge2, double RougeL, double Sentences, double Words);

/// <summary>A paired difference of mean F1 (ours minus a peer) with its 95% bootstrap interval.</summary>
internal sealed record PairedDifference(string Measure, string Peer, double Difference, double Low, double High);

/// <summary>The single-document table: every system on the same held-out articles.</summary>
internal sealed record SingleDocumentReport(string Part, int Articles, IReadOnlyList<SystemScores> Systems, IReadOnlyList<PairedDifference> Differences);

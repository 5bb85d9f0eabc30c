namespace Bot.Bench.Peers;

/// <summary>One row of the FTS5 peer: the text indexed and the article it belongs to.</summary>
internal sealed record Fts5Document(string ArticleId, string Text);

namespace Bot.Bench.Summaries;

/// <summary>Everything the <c>summaries</c> command measured.</summary>
internal sealed record SummariesReport(SingleDocumentReport SingleDocument, IReadOnlyList<MultiDocument.MultiDocumentReport> Stories);

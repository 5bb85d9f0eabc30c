namespace Bot.Bench.Corpus;

/// <summary>
/// One question of a QA split. <see cref="GoldPassageId"/> is null for an unanswerable question;
/// <see cref="Answers"/> lists every accepted answer text.
/// </summary>
internal sealed record QaItem(string Id, string Question, string? GoldPassageId, IReadOnlyList<string> Answers)
{
    public bool Answerable => GoldPassageId is not null;
}

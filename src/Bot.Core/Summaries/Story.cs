using Bot.Core.Articles;

namespace Bot.Core.Summaries;

/// <summary>
/// Articles that report the same event. <see cref="EventDate"/> is the day most of them agree
/// on as the main event (null when none of them dates it); <see cref="Id"/> is stable while the
/// story keeps its earliest article.
/// </summary>
public sealed record Story(string Id, DateOnly? EventDate, IReadOnlyList<Article> Articles);

using Bot.Core.Articles;

namespace Bot.State.Corpus;

/// <summary>The articles table at one revision: every stored file in ordinal path order.</summary>
public sealed record ArticleTableSnapshot(long Revision, IReadOnlyList<StoredArticleFile> Files);

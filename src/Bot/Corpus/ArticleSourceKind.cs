namespace Bot.Corpus;

/// <summary>Where the articles come from (Articles:Source).</summary>
public enum ArticleSourceKind
{
    /// <summary>The .txt and .md files under Articles:Path, reloaded when the folder changes.</summary>
    Folder,

    /// <summary>The articles table of the state database, shared by replicas and filled by <c>import</c>.</summary>
    Postgres,
}

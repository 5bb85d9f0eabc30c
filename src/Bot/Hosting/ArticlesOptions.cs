using System.ComponentModel.DataAnnotations;
using Bot.Corpus;

namespace Bot.Hosting;

/// <summary>Where the articles are. Relative paths are resolved against the folder of appsettings.json.</summary>
public sealed class ArticlesOptions
{
    public const string Section = "Articles";

    /// <summary>folder (default: the files under Articles:Path, watched) or postgres (the articles table of the state database, filled by <c>import</c>).</summary>
    [EnumDataType(typeof(ArticleSourceKind), ErrorMessage = "Articles:Source must be folder or postgres.")]
    public ArticleSourceKind Source { get; set; } = ArticleSourceKind.Folder;

    [Required(AllowEmptyStrings = false, ErrorMessage = "Articles:Path must name a folder of .txt or .md articles.")]
    public string Path { get; set; } = "articles";

    /// <summary>
    /// With Articles:Source=postgres, how often a replica compares its revision with the table's even
    /// without a notification (one lost while its listening connection was down is caught here).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Articles:RevisionCheckInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan RevisionCheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}

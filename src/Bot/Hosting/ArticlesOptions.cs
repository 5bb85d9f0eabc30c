using System.ComponentModel.DataAnnotations;

namespace Bot.Hosting;

/// <summary>Where the articles are. Relative paths are resolved against the folder of appsettings.json.</summary>
public sealed class ArticlesOptions
{
    public const string Section = "Articles";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Articles:Path must name a folder of .txt or .md articles.")]
    public string Path { get; set; } = "articles";
}

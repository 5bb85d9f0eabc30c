using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Time;

namespace Bot.Core.Articles;

/// <summary>Collects an article's metadata from header, footer and dateline as the parser meets it.</summary>
internal sealed partial class ArticleMetadataBuilder
{
    private readonly List<string> _authors = [];
    private readonly List<string> _editors = [];
    private string? _domainLine;
    private string? _datelineOutlet;

    public IReadOnlyList<string> Authors => _authors;

    public IReadOnlyList<string> Editors => _editors;

    public string? WireSource { get; private set; }

    public PublicationDate? Published { get; private set; }

    /// <summary>Takes the line when it is metadata; returns false for content.</summary>
    public bool TryTake(string line, LineKind kind)
    {
        switch (kind)
        {
            case LineKind.Metadata:
                TakeMetadata(line);
                return true;
            case LineKind.DateLine:
                if (Published is null && PublicationDateParser.TryParse(line, out var date))
                {
                    Published = PublicationDate.From(date);
                }

                return true;
            case LineKind.DomainLine:
                _domainLine ??= line;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Removes a "CITY, OUTLET - " dateline from a body paragraph, remembering the outlet.</summary>
    public string StripDateline(string paragraph)
    {
        var match = DatelinePattern().Match(paragraph);
        if (!match.Success)
        {
            return paragraph;
        }

        _datelineOutlet ??= match.Groups["outlet"].Value.Trim();
        return paragraph[match.Length..].TrimStart();
    }

    /// <summary>
    /// The outlet's name as the article itself writes it: a domain like TRIBUNWOW.COM becomes
    /// "TribunWow" when the text spells it so, otherwise the domain; an all-caps name is title-cased.
    /// </summary>
    public string? ResolveOutlet(string allText)
    {
        var raw = _domainLine ?? _datelineOutlet;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var domain = DomainNamePattern().Match(raw);
        if (domain.Success)
        {
            var stem = domain.Groups["name"].Value;
            foreach (Match m in WordPattern().Matches(allText))
            {
                var word = m.Value;
                if (word.Equals(stem, StringComparison.OrdinalIgnoreCase) && word.Any(char.IsLower) && word.Skip(1).Any(char.IsUpper))
                {
                    return word;
                }
            }

            return char.ToUpperInvariant(stem[0]) + stem[1..].ToLowerInvariant() + "." + domain.Groups["tld"].Value.ToLowerInvariant();
        }

        return raw.Any(char.IsLower) ? raw : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(raw.ToLowerInvariant());
    }

    private void TakeMetadata(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var label = line[..colon].Trim().ToLowerInvariant();
        var value = line[(colon + 1)..].Trim().TrimEnd('.');
        if (value.Length == 0)
        {
            return;
        }

        var names = NameSeparatorPattern().Split(value).Select(n => n.Trim()).Where(n => n.Length > 0);
        switch (label)
        {
            case "editor" or "penyunting" or "redaktur":
                _editors.AddRange(names.Select(TitleCaseName));
                break;
            case "sumber" or "source":
                WireSource ??= value;
                break;
            default:
                _authors.AddRange(names.Select(TitleCaseName));
                break;
        }
    }

    /// <summary>Some sites print bylines in lower case ("anung aulia malik").</summary>
    private static string TitleCaseName(string name)
        => name.Any(char.IsUpper) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name);

    [GeneratedRegex(@"^(?:[A-Z][A-Za-z .]+,\s*)?(?<outlet>(?i:[a-z0-9\-]+\.(?:com|co\.id|id|net|org|news|tv))|[A-Z][A-Z ]{2,40}[A-Z])\s+[-–—]\s+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"(?<name>[A-Za-z0-9\-]+)\.(?<tld>com|co\.id|id|net|org|news|tv)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DomainNamePattern();

    [GeneratedRegex(@"[\p{L}\d]+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s*(?:,|/|;|\bdan\b|\band\b|&)\s*", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NameSeparatorPattern();
}

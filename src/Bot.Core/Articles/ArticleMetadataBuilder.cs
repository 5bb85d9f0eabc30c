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
    private string? _brandLine;

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
                if (PublicationDateParser.TryParse(line, out var date))
                {
                    Published ??= PublicationDate.From(date);
                }
                else if (BrandedDateLine.TryParse(line, out var brand, out var branded))
                {
                    Published ??= PublicationDate.From(branded);
                    _brandLine ??= brand;
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
    /// The outlet's name as the article itself writes it. A site's domain line ("cnnindonesia.com")
    /// is the outlet; its name is spelled as the text spells it when the text has a brand with the
    /// same letters ("CNN Indonesia" in "Jakarta, CNN Indonesia --", "TribunWow", "Pos Kota" for
    /// poskotanews.com), else the domain. Without a domain line, the brand of the date line or the
    /// dateline is the outlet; an all-caps name is title-cased.
    /// </summary>
    public string? ResolveOutlet(string allText)
    {
        var domainText = _domainLine ?? DomainOf(_brandLine) ?? DomainOf(_datelineOutlet);
        if (domainText is not null && DomainNamePattern().Match(domainText) is { Success: true } domain)
        {
            var stem = domain.Groups["name"].Value;
            var brand = new[] { _brandLine, _datelineOutlet }.FirstOrDefault(b => b is not null && !DomainNamePattern().IsMatch(b) && OutletName.Matches(OutletName.Key(b), OutletName.Key(stem)));
            return (brand is null ? null : Cased(brand))
                ?? SpelledInText(stem, allText)
                ?? char.ToUpperInvariant(stem[0]) + stem[1..].ToLowerInvariant() + "." + domain.Groups["tld"].Value.ToLowerInvariant();
        }

        var raw = _brandLine ?? _datelineOutlet;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return Cased(raw);
    }

    private static string? DomainOf(string? brand) => brand is not null && DomainNamePattern().IsMatch(brand) ? brand : null;

    /// <summary>
    /// The text's own spelling of a domain's name: one word in mixed case ("TribunWow"), or a run of
    /// capitalized words with the same letters ("CNN Indonesia", "ANTARA News", "Pos Kota").
    /// </summary>
    private static string? SpelledInText(string stem, string allText)
    {
        var key = OutletName.Key(stem);
        string? spaced = null;
        var words = WordPattern().Matches(allText).Select(m => m).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (word.Equals(stem, StringComparison.OrdinalIgnoreCase) && word.Any(char.IsLower) && word.Skip(1).Any(char.IsUpper))
            {
                return word;
            }

            if (spaced is not null || !char.IsUpper(word[0]))
            {
                continue;
            }

            for (var n = 2; n <= 3 && i + n <= words.Count; n++)
            {
                var run = words.GetRange(i, n);
                var gaps = Enumerable.Range(1, n - 1).All(k => allText[(run[k - 1].Index + run[k - 1].Length)..run[k].Index] == " ");
                if (gaps && run.All(w => char.IsUpper(w.Value[0])) && OutletName.Matches(OutletName.Key(string.Concat(run.Select(w => w.Value))), key))
                {
                    spaced = string.Join(' ', run.Select(w => w.Value));
                    break;
                }
            }
        }

        return spaced is null ? null : Cased(spaced);
    }

    private static string Cased(string name) => name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());

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

    // "CITY, OUTLET - ", "OUTLET - ", "CITY (OUTLET) - " and "City, Mixed Case Brand -- ": a mixed-case
    // brand needs a one-word (or all-caps) city before it, so that a sentence's opening words
    // ("Menurut Febri, KPK - …") are not taken for one.
    [GeneratedRegex(@"^(?:(?:[A-Z][A-Za-z .]+,\s*)?(?<outlet>(?i:[a-z0-9\-]+\.(?:com|co\.id|co|id|net|org|news|tv))|[A-Z][A-Z ]{2,40}[A-Z])\s+[-–—]{1,2}\s+|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?\s*\((?<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\)\s*[-–—]{1,2}\s*|(?:[A-Z][A-Za-z]+|[A-Z]+(?:\s[A-Z]+)?),\s*(?<outlet>[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3})\s+[-–—]{1,2}\s+)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DatelinePattern();

    // Starts only where a run of name characters starts (the look-behind): linear on a long line,
    // and the leftmost match is the one found without it.
    [GeneratedRegex(@"(?<![A-Za-z0-9\-])(?<name>[A-Za-z0-9\-]+)\.(?<tld>com|co\.id|co|id|net|org|news|tv)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DomainNamePattern();

    [GeneratedRegex(@"[\p{L}\d]+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s*(?:,|/|;|\bdan\b|\band\b|&)\s*", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex NameSeparatorPattern();
}

namespace Bot.Core.Articles;

/// <summary>
/// Compares outlet names however they are written: "CNN Indonesia", "cnnindonesia.com" and
/// "CNNIndonesia" are one outlet; so are "Pos Kota" and "poskotanews.com" (a site's domain often
/// adds a generic word such as "news" or "online" to the brand).
/// </summary>
public static class OutletName
{
    private static readonly string[] GenericSuffixes = ["news", "online", "daily", "media", "tv", "network", "com", "id"];

    /// <summary>Lower-case letters and digits of the name, without its top-level domain.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var dot = trimmed.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && !trimmed[..dot].Contains(' ', StringComparison.Ordinal))
        {
            trimmed = trimmed[..dot];
        }

        return string.Concat(trimmed.Where(char.IsLetterOrDigit)).ToLowerInvariant();
    }

    /// <summary>
    /// Whether a written brand (in a dateline, a question) names the outlet whose key is given: the
    /// same letters, or the key's letters less a generic suffix ("poskota" + "news").
    /// </summary>
    public static bool Matches(string writtenKey, string outletKey)
    {
        ArgumentNullException.ThrowIfNull(writtenKey);
        ArgumentNullException.ThrowIfNull(outletKey);
        if (writtenKey.Length < 3 || outletKey.Length < 3)
        {
            return false;
        }

        if (writtenKey.Equals(outletKey, StringComparison.Ordinal))
        {
            return true;
        }

        var (longer, shorter) = writtenKey.Length > outletKey.Length ? (writtenKey, outletKey) : (outletKey, writtenKey);
        if (!longer.StartsWith(shorter, StringComparison.Ordinal) || shorter.Length < 4)
        {
            return false;
        }

        var rest = longer[shorter.Length..];
        return GenericSuffixes.Any(s => rest.Equals(s, StringComparison.Ordinal));
    }
}

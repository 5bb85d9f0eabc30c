using System.Text.RegularExpressions;
using Bot.Core.Time;

namespace Bot.Core.Articles;

/// <summary>
/// Classifies a line of a saved news page by its shape. Rules describe kinds of page furniture
/// (cross-links, promos, labels, credits) in Indonesian and English, never a particular site.
/// </summary>
internal static partial class LineClassifier
{
    /// <summary>Navigation labels are at most this many words and carry no sentence punctuation.</summary>
    private const int MaxLabelWords = 3;

    /// <summary>Headline-like lines inside a body are at most this many words.</summary>
    private const int MaxHeadlineWords = 24;

    public static string StripBullet(string line) => BulletPattern().Replace(line, string.Empty).Trim();

    public static LineKind Classify(string line)
    {
        if (MetadataPattern().IsMatch(line))
        {
            return LineKind.Metadata;
        }

        if (line.Length <= 60 && PublicationDateParser.TryParse(line, out _))
        {
            return LineKind.DateLine;
        }

        if (line.Length <= 100 && BrandedDateLine.TryParse(line, out _, out _))
        {
            return LineKind.DateLine;
        }

        if (DomainOnlyPattern().IsMatch(line))
        {
            return LineKind.DomainLine;
        }

        if (EndMarkerPattern().IsMatch(line))
        {
            return LineKind.EndMarker;
        }

        if (CrossLinkPattern().IsMatch(line) || CommentFormPattern().IsMatch(line) || IsPromo(line) || OnlySymbols(line))
        {
            return LineKind.Boilerplate;
        }

        if (CaptionCredit.IsMatch(line))
        {
            return LineKind.Caption;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var punctuated = EndsLikeSentence(line);
        if (!punctuated && (words.Length <= MaxLabelWords || line.EndsWith(':')))
        {
            return LineKind.NavigationLabel;
        }

        if (!punctuated && words.Length <= MaxHeadlineWords && CapitalizedShare(words) >= 0.5)
        {
            return LineKind.HeadlineLike;
        }

        return LineKind.Content;
    }

    private static bool EndsLikeSentence(string line)
    {
        var trimmed = line.TrimEnd();

        // A trailing ellipsis marks a teaser for another story, not the end of a sentence.
        if (trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith('…'))
        {
            return false;
        }

        var last = trimmed[^1];
        return last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ';';
    }

    private static bool IsPromo(string line)
        => PromoVerbPattern().IsMatch(line) && (DomainPattern().IsMatch(line) || line.Contains("***", StringComparison.Ordinal));

    private static bool OnlySymbols(string line) => !line.Any(char.IsLetterOrDigit);

    private static double CapitalizedShare(string[] words)
    {
        var letters = words.Where(w => char.IsLetter(w[0])).ToList();
        if (letters.Count == 0)
        {
            return 0;
        }

        // Short function words stay lower case in Indonesian and English headlines.
        var content = letters.Where(w => w.Length > 3).ToList();
        var pool = content.Count > 0 ? content : letters;
        return pool.Count(w => char.IsUpper(w[0])) / (double)pool.Count;
    }

    [GeneratedRegex(@"^[\s•·\-–*]+(?=\S)", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex BulletPattern();

    [GeneratedRegex(@"^(Penulis|Reporter|Pewarta|Wartawan|Writer|Author|Editor|Penyunting|Redaktur|Sumber|Source|Laporan wartawan)\s*:", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex MetadataPattern();

    // Anchored, and a label cannot hold the dot that follows it, so backtracking gives back each
    // character at most once: linear.
    [GeneratedRegex(@"^[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.(com|co\.id|co|id|net|org|news|tv)$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DomainOnlyPattern();

    // A match starts only where a run of name characters starts (the look-behind), so no run is
    // rescanned from each of its letters: linear, and the same lines match as without it.
    [GeneratedRegex(@"(?<![A-Za-z0-9\-])[A-Za-z0-9\-]+\.(com|co\.id|id|net|org|news|tv)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"^(baca|simak|lihat|tonton|cek)\s+(juga|pula|selengkapnya|berita)\b|^(read|see|watch)\s+(also|more)\b|^(artikel|berita)\s+terkait\b|^(advertisement|iklan|scroll to continue|gulir untuk)|^halaman\s*:?\s*\d*$|^(video|foto)\s*(pilihan|terkait)?\s*:", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CrossLinkPattern();

    [GeneratedRegex(@"^(leave a (reply|comment)|your email address will not be published|required fields are marked|tinggalkan (balasan|komentar)|alamat email anda tidak akan|kirim komentar|post comment|beri komentar)", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex CommentFormPattern();

    [GeneratedRegex(@"\b(kunjungi|ikuti|follow|download|unduh|klik|dapatkan|subscribe|berlangganan|gabung)\b", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex PromoVerbPattern();

    [GeneratedRegex(@"^(tags?|topik|keywords?|kata kunci|berita terkait|artikel terkait|rekomendasi|terpopuler|terkini|most read|related( articles| news)?|[a-z ]*video\s*:|pilihan redaksi|komentar|share|bagikan)\s*:?\s*$", RegexOptions.IgnoreCase, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex EndMarkerPattern();

}

using System.Text.RegularExpressions;
using Bot.Core.Language;

namespace Bot.Core.Answering.Spans;

/// <summary>
/// Who a sentence reports as speaking: «…," kata Juru Bicara KPK Febri Diansyah», «Blinken
/// mengatakan …», «Menurut Fredrich, …», «…, Kirby said». The speaker is given as the name alone,
/// the titles before it left out, so an answer can say "Febri Diansyah said: …".
/// </summary>
internal static partial class Attribution
{
    public static string? SpeakerOf(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        foreach (var pattern in new[] { AfterQuote(), Leading(), According() })
        {
            var match = pattern.Match(sentence);
            var who = match.Groups["who"];
            if (match.Success && NameOf(WordBefore(sentence, who.Index) + " " + who.Value) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The trailing capitalised words of a run that are not titles, institutions or places:
    /// "Juru Bicara KPK Febri Diansyah" → "Febri Diansyah". A run with no such words (a bare "KPK")
    /// is an institution speaking and is named as written.
    /// </summary>
    internal static string? NameOf(string run)
    {
        // "Namun Lavrov": a capitalised sentence opener is no part of the name.
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w => w.Trim(',', '.', '(', ')'))
            .Where(w => w.Length > 0).SkipWhile(w => StopWords.IsStopWord(w.ToLowerInvariant(), TextLanguage.Indonesian) || StopWords.IsStopWord(w.ToLowerInvariant(), TextLanguage.English)).ToArray();
        var start = words.Length;
        while (start > 0 && IsNamePart(words[start - 1]))
        {
            start--;
        }

        if (start == words.Length)
        {
            return words.Length is > 0 and <= MaxNameWords ? string.Join(' ', words) : null;
        }

        // "Juru bicara Pentagon John Kirby": right after a title the first word names the institution.
        if (start > 0 && words.Length - start > MaxNameWords - 1 && IsTitle(words[start - 1]))
        {
            start++;
        }

        start = Math.Max(start, words.Length - MaxNameWords);
        var name = string.Join(' ', words[start..]);
        return name.Length > 1 ? name : null;
    }

    private static string WordBefore(string sentence, int index)
    {
        var before = sentence[..index].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        // Only a title joins the run: "Juru bicara Pentagon John Kirby"; "kata" or "Sebelumnya," do not.
        return IsTitle(word) ? char.ToUpperInvariant(word[0]) + word[1..] : string.Empty;
    }

    /// <summary>A person's name in news text runs to at most this many words ("Robert F Kennedy").</summary>
    private const int MaxNameWords = 3;

    private static bool IsTitle(string word) => RoleWords.IsRole(word) || TitleLexicon.Default.IsTitleWord(word);

    private static bool IsNamePart(string word)
        => word.Length > 0 && char.IsUpper(word[0]) && !IsTitle(word) && !Places.IsPlace(word) && !word.All(c => char.IsUpper(c) || c == '.');

    /// <summary>«…," kata Febri» / «…, ujar Kepala Bidang Humas Polda Metro Jaya Argo Yuwono di …» / «…," Kirby said».</summary>
    [GeneratedRegex(@"[,""”’]\s*(?:(?:kata|ujar|tutur|ucap|jelas|tegas|imbuh|sambung|lanjut|terang|papar|ungkap|tambah|said|says|added|told)(?:nya)?\s+(?<who>\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*)*)|(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+(?:said|says|added|told))", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AfterQuote();

    /// <summary>«Juru bicara Pentagon John Kirby mengatakan …», «Sebelumnya, Kirby mengatakan …»: the speaker opens the sentence.</summary>
    [GeneratedRegex(@"^(?:[\p{L}]+,\s+)?(?:[\p{L}().,'’-]+\s+){0,8}?(?<who>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*(?:,[^,]{1,80},\s*)?(?:juga\s+|pun\s+|kemudian\s+)?(?:mengatakan|menyatakan|menuturkan|menjelaskan|menegaskan|mengungkapkan|menyebutkan|menyebut|mengakui|menambahkan|menyampaikan|memberitahukan|mengumumkan|menerangkan|memaparkan|berkata|said|says|told|stated|added|explained|announced)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex Leading();

    /// <summary>«Menurut Fredrich, …», «According to Kirby, …».</summary>
    [GeneratedRegex(@"^(?:[\p{L}]+,\s+)?(?:Menurut|According to)\s+(?<who>(?:\p{Lu}[\p{L}.'’-]*\s*){1,6}?)\s*,", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex According();
}

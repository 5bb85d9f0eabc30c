namespace Bot.Core;

/// <summary>
/// The one match timeout every regular expression of the bot runs with. Articles and questions
/// come from anyone; a pattern that turns out to backtrack badly on some input then fails that one
/// article or question with <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>
/// instead of hanging the bot. Our patterns scan a megabyte line in well under a second (a shape
/// that would rescan a long line is anchored, given a look-behind, or written as a scan: the
/// non-backtracking engine would avoid it too, but costs a tenth of a second to build at every
/// start), so ten seconds is reached only by a pathological case, never by a busy machine.
/// </summary>
public static class RegexBudget
{
    /// <summary>For <c>[GeneratedRegex(pattern, options, RegexBudget.MatchTimeoutMilliseconds)]</c>.</summary>
    public const int MatchTimeoutMilliseconds = 10_000;

    /// <summary>For <c>new Regex(pattern, options, RegexBudget.MatchTimeout)</c> and the static <c>Regex</c> methods.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
}

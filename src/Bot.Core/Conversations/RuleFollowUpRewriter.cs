using System.Text.RegularExpressions;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Conversations;

/// <summary>
/// Rewrites follow-ups without a model, from the previous turn: "and before that?" becomes the
/// previous question constrained to before the date its answer gave ("When did Austin last call
/// Shoigu before 21 October 2022?"); "what happened before that?" gets the date in place of
/// "that"; a short question with no topic of its own ("siapa yang memulai?") gets the previous
/// question's topic added. Anything else is left as asked.
/// </summary>
internal sealed partial class RuleFollowUpRewriter : IFollowUpRewriter
{
    public Task<FollowUpRewrite> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
        => Task.FromResult(Rewrite(question, history));

    public static FollowUpRewrite Rewrite(string question, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0 || string.IsNullOrWhiteSpace(question))
        {
            return FollowUpRewrite.Unchanged(question);
        }

        var previous = history[^1];
        var words = Tokenizer.Tokenize(question).ToList();
        var lower = words.Select(w => w.Text.ToLowerInvariant()).ToList();
        var normalized = " " + string.Join(' ', lower) + " ";
        if (previous.AnswerDates.Count > 0)
        {
            var date = previous.AnswerDates[0];
            if (FindCue(normalized, FollowUpVocabulary.BeforeCues) is { } before)
            {
                return Constrain(question, lower, before, previous.StandaloneQuestion, date, isBefore: true);
            }

            if (FindCue(normalized, FollowUpVocabulary.AfterCues) is { } after)
            {
                return Constrain(question, lower, after, previous.StandaloneQuestion, date, isBefore: false);
            }
        }

        if (words.Count <= FollowUpVocabulary.MaxFollowUpWords && !HasOwnEntity(words) && IsElliptical(lower, normalized))
        {
            var topic = TopicOf(previous.StandaloneQuestion);
            if (topic.Length > 0)
            {
                return new FollowUpRewrite($"{Stem(question)} ({topic})?", true);
            }
        }

        return FollowUpRewrite.Unchanged(question);
    }

    /// <summary>
    /// Whether a question may lean on the conversation: it opens with "and"/"dan", points back
    /// ("it", "itu", "before that") or is short with no topic of its own. Standalone questions
    /// ("Who initiated the May call?") are not worth a model call to rewrite.
    /// </summary>
    public static bool MightBeFollowUp(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = Tokenizer.Tokenize(question).ToList();
        var lower = words.Select(w => w.Text.ToLowerInvariant()).ToList();
        var normalized = " " + string.Join(' ', lower) + " ";
        return FindCue(normalized, FollowUpVocabulary.BeforeCues) is not null
            || FindCue(normalized, FollowUpVocabulary.AfterCues) is not null
            || (words.Count <= FollowUpVocabulary.MaxFollowUpWords && !HasOwnEntity(words) && IsElliptical(lower, normalized))
            || lower.Any(FollowUpVocabulary.Anaphora.Contains);
    }

    /// <summary>
    /// A bare "and before that?" repeats the previous question with the date constraint (replacing
    /// any earlier one, phrased in that question's language); a question with a topic of its own
    /// keeps it and gets the date in place of the cue.
    /// </summary>
    private static FollowUpRewrite Constrain(string question, List<string> lower, FollowUpCue cue, string previousQuestion, DateOnly date, bool isBefore)
    {
        var cueWords = cue.Phrase.Split(' ').ToHashSet(StringComparer.Ordinal);
        var ownContent = lower.Count(w => !cueWords.Contains(w) && !FollowUpVocabulary.FunctionWords.Contains(w));
        string text;
        if (ownContent == 0)
        {
            var indonesian = LanguageDetector.Detect(previousQuestion) == TextLanguage.Indonesian;
            var stem = Stem(DateConstraintPattern().Replace(previousQuestion.Trim(), string.Empty));
            text = $"{stem} {Phrase(isBefore, indonesian, date)}?";
        }
        else
        {
            var pattern = new Regex(@"\b" + Regex.Escape(cue.Phrase).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.MatchTimeout);
            text = pattern.Replace(question.Trim(), Phrase(isBefore, cue.Indonesian, date), 1);
        }

        return isBefore ? new FollowUpRewrite(text, true, Before: date) : new FollowUpRewrite(text, true, After: date);
    }

    private static string Phrase(bool isBefore, bool indonesian, DateOnly date)
        => (isBefore ? (indonesian ? "sebelum" : "before") : (indonesian ? "setelah" : "after")) + " " + DateText.DayMonthYear(date, indonesian ? TextLanguage.Indonesian : TextLanguage.English);

    /// <summary>A cue that ends the question or opens it (after "and"/"dan"): "and before that?", "sebelum itu kapan?".</summary>
    private static FollowUpCue? FindCue(string normalized, FollowUpCue[] cues)
    {
        var opening = normalized;
        foreach (var continuation in FollowUpVocabulary.Continuations)
        {
            if (opening.StartsWith(" " + continuation + " ", StringComparison.Ordinal))
            {
                opening = opening[(continuation.Length + 1)..];
                break;
            }
        }

        return cues.FirstOrDefault(cue =>
            normalized.EndsWith(" " + cue.Phrase + " ", StringComparison.Ordinal)
            || opening.StartsWith(" " + cue.Phrase + " ", StringComparison.Ordinal));
    }

    private static string Stem(string question) => question.Trim().TrimEnd('?', '.', '!', ' ');

    /// <summary>A capitalised word after the first one names something (Austin, Biden): the question brings its own topic.</summary>
    private static bool HasOwnEntity(List<Token> words)
        => words.Skip(1).Any(w => w.Kind == TokenKind.Word && char.IsUpper(w.Text[0]));

    private static bool IsElliptical(List<string> lower, string normalized)
    {
        var continues = FollowUpVocabulary.Continuations.Any(c => normalized.StartsWith(" " + c + " ", StringComparison.Ordinal));
        var pointsBack = lower.Any(FollowUpVocabulary.Anaphora.Contains);
        var ownContent = lower.Count(w => !FollowUpVocabulary.FunctionWords.Contains(w));
        return continues || pointsBack || ownContent <= FollowUpVocabulary.MaxOwnContentWords;
    }

    /// <summary>The previous question without its question and function words: "When did Austin last call Shoigu?" → "Austin last call Shoigu".</summary>
    private static string TopicOf(string previousQuestion)
        => string.Join(' ', Tokenizer.Tokenize(previousQuestion)
            .Select(t => t.Text)
            .Where(w => !FollowUpVocabulary.FunctionWords.Contains(w.ToLowerInvariant())));

    /// <summary>A constraint an earlier rewrite added ("before 21 October 2022"), so that "and before that?" twice moves the date instead of stacking.</summary>
    [GeneratedRegex(@"\s+(?:before|after|sebelum|setelah)\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*(?=[?.]|$)", RegexOptions.CultureInvariant, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex DateConstraintPattern();
}

using System.Text.RegularExpressions;
using Bot.Core.Answering.Evidence;
using Bot.Core.Answering.Options;
using Bot.Core.Answering.Questions;
using Bot.Core.Language;
using Bot.Core.Time;

namespace Bot.Core.Answering.Spans;

/// <summary>
/// Names of people, organizations and places in evidence sentences for "who" and "where"
/// questions: capitalized runs with titles and roles stripped, scored by closeness to the
/// words the question matched, with speakers of quotes told apart from the actors.
/// </summary>
internal static partial class EntityCandidates
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "bin", "binti", "van", "von", "de", "al", "el", "der", "la" };

    public static List<AnswerCandidate> Find(IEnumerable<SentenceEvidence> evidence, QuestionAnalysis analysis, IReadOnlyList<TermGroup> groups, IReadOnlySet<string> excluded, TermAnalyzer analyzer, ShapeWeights shapes)
    {
        var questionTerms = groups.SelectMany(g => g.Terms).ToHashSet(StringComparer.Ordinal);
        var candidates = new List<AnswerCandidate>();
        // A who-question wants a person unless it asks which country or institution.
        // A who-question wants a person as its subject ("who signed", "siapa yang menyetir") unless it asks which country or
        // institution; its object ("who did Austin urge", "dengan siapa") may be a country.
        var lowerQuestion = analysis.Question.ToLowerInvariant();
        var wantsPerson = analysis.Type == QuestionType.Who && !InstitutionAsked().IsMatch(lowerQuestion) && !ObjectAsked().IsMatch(lowerQuestion);
        var roles = wantsPerson ? Appositions.RoleKeysOf(analysis.Question) : [];
        foreach (var e in evidence)
        {
            var text = e.Sentence.Text;
            // A speaker the question itself names ("… in response to Lavrov") is not who it asks for.
            if (wantsPerson && SpeechAsked().IsMatch(lowerQuestion) && Attribution.SpeakerOf(text) is { } speaker
                && !speaker.Split(' ').Any(w => InQuestion(w, questionTerms, analyzer)))
            {
                candidates.Add(new AnswerCandidate(speaker, Key(speaker), e, e.Score * shapes.Speaker));
            }

            var tokens = Tokenizer.Tokenize(text).Where(t => t.Kind != TokenKind.Date).ToList();
            var names = Names(tokens, text, questionTerms, excluded, analyzer);
            for (var n = 0; n < names.Count; n++)
            {
                var (startIdx, endIdx) = names[n];
                var value = text[tokens[startIdx].Start..(tokens[endIdx].Start + tokens[endIdx].Length)];
                var prior = Prior(tokens, startIdx, endIdx, text, analysis, e.MatchedTokenStarts);
                if (prior <= 0)
                {
                    continue;
                }

                if (wantsPerson)
                {
                    var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    var person = Appositions.LooksLikePerson(words)
                        || (n + 1 < names.Count && Coordinated(tokens, endIdx, names[n + 1].Start) && Appositions.LooksLikePerson(text[tokens[names[n + 1].Start].Start..(tokens[names[n + 1].End].Start + tokens[names[n + 1].End].Length)].Split(' ')));
                    // "atas inisiatif pihak AS", "oleh KPK": the sentence names the doer, person or not.
                    var agent = AgentBefore().IsMatch(Window(tokens, startIdx - 3, startIdx - 1));
                    prior *= person ? shapes.Person : agent ? 1 : shapes.NotPerson;
                    if (roles.Count > 0 && Appositions.InSentence(e.Sentence, words).Any(a => a.KeyWords.Any(roles.Contains)))
                    {
                        prior *= shapes.RoleMatch;
                    }
                }

                // "Shoigu dan Kepala Staf Umum Rusia Valery Gerasimov": coordinated actors answer together.
                if (n + 1 < names.Count && Coordinated(tokens, endIdx, names[n + 1].Start))
                {
                    var next = names[n + 1];
                    var nextValue = text[tokens[next.Start].Start..(tokens[next.End].Start + tokens[next.End].Length)];
                    var joiner = analysis.Language == TextLanguage.English ? " and " : " dan ";
                    var joint = value + joiner + nextValue;
                    candidates.Add(new AnswerCandidate(joint, Key(joint), e, e.Score * prior * 1.05));
                }

                candidates.Add(new AnswerCandidate(value, Key(value), e, e.Score * prior));
            }
        }

        return candidates;
    }

    /// <summary>Equal names group together: "AS" and "Amerika Serikat" are one answer.</summary>
    private static string Key(string value)
    {
        var expansion = Abbreviations.Default.Expand(value, value.ToLowerInvariant());
        return expansion.Length > 0 ? string.Join(' ', expansion) : value.ToLowerInvariant();
    }

    private static List<(int Start, int End)> Names(List<Token> tokens, string text, HashSet<string> questionTerms, IReadOnlySet<string> excluded, TermAnalyzer analyzer)
    {
        var names = new List<(int, int)>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameWord(tokens, i, text))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < tokens.Count && (IsNameWord(tokens, i, text) || (Connectors.Contains(tokens[i].Text) && i + 1 < tokens.Count && IsNameWord(tokens, i + 1, text))) && Adjacent(tokens, i, runStart, text))
            {
                i++;
            }

            // Split the run at role words and at words the question itself used; an acronym or a
            // place ("AS Mark Milley", "Rusia Valery Gerasimov") is a name of its own, not part of a person's.
            var partStart = -1;
            for (var k = runStart; k <= i; k++)
            {
                var inQuestion = k < i && InQuestion(tokens[k].Text, questionTerms, analyzer);
                var stop = k == i || inQuestion || RoleWords.IsRole(tokens[k].Text) || excluded.Contains(tokens[k].Text.ToLowerInvariant());
                var acronymBoundary = !stop && partStart >= 0 && (IsAcronym(tokens[k].Text) != IsAcronym(tokens[k - 1].Text) || Places.IsPlace(tokens[k].Text) != Places.IsPlace(tokens[k - 1].Text));
                if (stop || acronymBoundary)
                {
                    // A part right before a question's own name is that name's first part ("Mark" of "Mark Milley").
                    if (partStart >= 0 && !inQuestion)
                    {
                        names.Add((partStart, k - 1));
                    }

                    partStart = acronymBoundary ? k : -1;
                }
                else if (partStart < 0)
                {
                    partStart = k;
                }
            }
        }

        return names;
    }

    private static bool Adjacent(List<Token> tokens, int i, int runStart, string text)
    {
        if (i == runStart)
        {
            return true;
        }

        // A comma or other punctuation between two capitalized words ends the name.
        var gap = text[(tokens[i - 1].Start + tokens[i - 1].Length)..tokens[i].Start];
        return gap.Trim().Length == 0;
    }

    private static bool IsNameWord(List<Token> tokens, int i, string text)
    {
        var word = tokens[i].Text;
        if (tokens[i].Kind == TokenKind.Number)
        {
            // "Kelompok 20", "G20": a number continues a name it follows.
            return i > 0 && tokens[i - 1].Kind == TokenKind.Word && IsNameWord(tokens, i - 1, text) && text[(tokens[i - 1].Start + tokens[i - 1].Length)..tokens[i].Start].Trim().Length == 0;
        }

        if (!char.IsUpper(word[0]) || MonthNames.TryParse(word, out _) || WeekdayNames.IsWeekday(word))
        {
            return false;
        }

        var sentenceStart = i == 0 || SentenceBoundary().IsMatch(text[..tokens[i].Start]);
        if (!sentenceStart)
        {
            return true;
        }

        // A capitalized first word is a name only when the name goes on or it is an acronym.
        return word.Length > 1 && (word.All(char.IsUpper) || (i + 1 < tokens.Count && char.IsUpper(tokens[i + 1].Text[0]) && tokens[i + 1].Kind == TokenKind.Word));
    }

    private static bool IsAcronym(string word) => word.Length > 1 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool InQuestion(string word, HashSet<string> questionTerms, TermAnalyzer analyzer)
        => analyzer.DocumentTerms(word).Any(questionTerms.Contains) || questionTerms.Contains(word.ToLowerInvariant());

    private static bool Coordinated(List<Token> tokens, int endIdx, int nextStart)
    {
        if (endIdx + 1 >= tokens.Count || !(tokens[endIdx + 1].Text is "dan" or "and" or "serta"))
        {
            return false;
        }

        for (var k = endIdx + 2; k < nextStart; k++)
        {
            if (!RoleWords.IsRole(tokens[k].Text) && !char.IsUpper(tokens[k].Text[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static double Prior(List<Token> tokens, int start, int end, string text, QuestionAnalysis analysis, IReadOnlySet<int> matched)
    {
        var prior = end > start ? 1.0 : 0.85;
        var before = Window(tokens, start - 3, start - 1);
        var after = Window(tokens, end + 1, end + 2);
        var isSpeaker = SpeakerAfter().IsMatch(after) || SpeakerBefore().IsMatch(before);
        if (isSpeaker)
        {
            prior *= analysis.AsksForSpeaker ? 1.15 : 0.45;
        }

        if (AgentBefore().IsMatch(before))
        {
            prior *= 1.3;
        }

        if (analysis.Type == QuestionType.Where)
        {
            prior *= LocationBefore().IsMatch(before) ? 1.2 : 0.3;
        }

        // Closeness to the words the question matched: the answer sits next to its predicate.
        if (matched.Count > 0)
        {
            var position = tokens[start].Start;
            var endPos = tokens[end].Start + tokens[end].Length;
            var distance = matched.Min(m => m < position ? Math.Max(0, position - MatchedEnd(tokens, m)) : Math.Max(0, m - endPos));
            prior *= 1.0 / (1.0 + (distance / 80.0));
        }
        else
        {
            // The sentence matched only through its neighbours: the answer is less likely here.
            prior *= 0.75;
        }

        return text.Length == 0 ? 0 : prior;
    }

    private static int MatchedEnd(List<Token> tokens, int start)
    {
        foreach (var token in tokens)
        {
            if (token.Start == start)
            {
                return token.Start + token.Length + 1;
            }
        }

        return start;
    }

    private static string Window(List<Token> tokens, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(tokens.Count - 1, to);
        return from > to ? string.Empty : string.Join(' ', tokens.Skip(from).Take(to - from + 1).Select(t => t.Text.ToLowerInvariant()));
    }


    [GeneratedRegex(@"[.!?:""“”]\s*$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceBoundary();

    /// <summary>"Which country …", "what agency …", "negara mana …", "pihak mana …": the answer is not a person.</summary>
    [GeneratedRegex(@"\b(which|what)\s+(\w+\s+){0,2}(country|countries|nation|side|organi[sz]ation|agency|ministry|institution|party|company|outlet|media|group|government|city|place)\b|\b(negara|pihak|lembaga|instansi|kementerian|partai|perusahaan|media|pemerintah|kota)\s+(apa|mana)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex InstitutionAsked();

    [GeneratedRegex(@"^\s*(who|whom)\s+(did|does|do|will|would|has|have|had|should)\b|\b(dengan|kepada|untuk|oleh)\s+siapa\b|^\s*siapa\s+yang\s+di\w+", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex ObjectAsked();

    [GeneratedRegex(@"\b(said|say|says|told|spoke|speaks|spokes\w*|announced|stated|quoted|kata|bilang|berkata|mengatakan|menyatakan|ujar|juru bicara|jubir|mengumumkan|menyampaikan|memberitahukan)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpeechAsked();

    [GeneratedRegex(@"^(mengatakan|kata|katanya|ujar|ujarnya|menyatakan|menuturkan|menjelaskan|said|says|told|stated|added)\b", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"\b(kata|ujar|menurut|said|according to|kata juru bicara)$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex SpeakerBefore();

    [GeneratedRegex(@"\b(oleh|by|pihak|inisiatif|inisiatif dari|inisiatif pihak)( \w+)?$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex AgentBefore();

    [GeneratedRegex(@"\b(di|ke|dari|in|at|to|from|near|dekat)$", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex LocationBefore();
}

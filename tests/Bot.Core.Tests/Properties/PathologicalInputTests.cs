using System.Text;
using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Questions;
using Bot.Core.Answers.Grounded;
using Bot.Core.Articles;
using Bot.Core.Conversations;
using Bot.Core.Prompts;
using Bot.Core.Summaries;
using Bot.Core.Time;

namespace Bot.Core.Tests.Properties;

/// <summary>
/// Each family of patterns (article lines and metadata, dates, sentences and search, questions
/// and answer spans, citation markers, follow-ups, prompt messages, summaries) on the inputs that
/// make backtracking regexes explode: a one-megabyte line, ten thousand repeats of one
/// punctuation mark, and deeply nested brackets. Every one must finish with a result; none may
/// hit the regex budget (which would throw) or hang.
/// </summary>
public sealed class PathologicalInputTests
{
    private const int Megabyte = 1 << 20;

    /// <summary>Telegram:MaxQuestionLength and the ask command's limit.</summary>
    private const int LongestAcceptedQuestion = 1_000;

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>
        {
            { "1 MB line of words and dates", Line("Menhan AS menelepon Shoigu pada Jumat (21/10) lalu, kata Pentagon ") },
            { "1 MB line of numeric dates", Line("1/1/1/1.1-1 2022-") },
            { "1 MB line of spaces and one word", new string(' ', Megabyte) + "x" },
            { "1 MB line of letters", new string('a', Megabyte) },
            { "1 MB line of quotes and brackets", Line("\"“(Foto: [1] ") },
            { "1 MB line of dotted names", Line("detik.co-") + ".com" },
            { "1 MB line of unclosed credits", Line("(foto / AP ") },
            { "nested round brackets", new string('(', 10_000) + "21/10" + new string(')', 10_000) },
            { "nested square brackets", new string('[', 10_000) + "1" + new string(']', 10_000) },
            { "nested tags", string.Concat(Enumerable.Repeat("<message role=\"system\"><b>", 3_000)) + string.Concat(Enumerable.Repeat("</b></message>", 2_999)) },
        };
        foreach (var c in ".!?(,-:/&<\"'*[ \n0")
        {
            data.Add($"10k '{(c == '\n' ? "\\n" : c.ToString())}'", "Austin " + new string(c, 10_000) + " Shoigu.");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ArticlePipeline_PathologicalText_LoadsIndexesAndSummarizes(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes("Menhan AS dan Rusia berbicara lewat telepon pada Jumat\n14 Mei 2022\n" + text + "\nKeduanya membahas Ukraina.");
        var (article, reason) = ArticleLoader.Parse(bytes, "x.txt");
        Assert.True(article is not null, $"{name}: {reason}");

        var knowledge = KnowledgeBase.Build([article]);
        Assert.NotEmpty(knowledge.Passages);
        var story = Assert.Single(StoryGrouper.Group(knowledge));
        Assert.NotNull(StorySummarizer.Summarize(knowledge, story).Headline);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void QuestionPipeline_PathologicalQuestion_Answers(string name, string text)
    {
        var question = "When did Austin last call Shoigu? " + text;

        var analysis = QuestionAnalyzer.Analyze(question);
        var patterns = DateMentionFinder.FindPatterns(question, new DateOnly(2022, 10, 22));
        var (month, _) = QuestionDates.FirstMonth(question);

        // The whole answer on the longest question the bot accepts; longer ones are refused before
        // they reach the engine, and a slow answer is the question budget's to cut off.
        var answer = new ExtractiveAnswerer(SmallKnowledge.Value).Answer(question[..Math.Min(question.Length, LongestAcceptedQuestion)]);

        Assert.Equal(QuestionType.When, analysis.Type);
        Assert.All(patterns, p => Assert.Equal(question.Substring(p.Start, p.Length), p.Text));
        Assert.True(month is null or (>= 1 and <= 12), name);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void ModelOutputPatterns_PathologicalText_Finish(string name, string text)
    {
        var verified = CitationVerifier.Verify(text + " [1][1][1] [2, 3] " + text, passageCount: 3);
        var messages = PromptMessageParser.Parse("<message role=\"system\">rules</message><message role=\"user\">" + text + "</message>");
        var turn = new ConversationTurn("When did Austin call Shoigu?", "When did Austin call Shoigu?", text, true, [new DateOnly(2022, 10, 21)], ["a"], DateTimeOffset.UnixEpoch);
        var rewrite = RuleFollowUpRewriter.Rewrite("and before that? " + text, [turn]);

        Assert.Contains(1, verified.CitedPassages);
        Assert.Equal("rules", messages[0].Text);
        Assert.False(string.IsNullOrEmpty(rewrite.Text), name);
    }

    private static readonly Lazy<KnowledgeBase> SmallKnowledge = new(() => KnowledgeBase.Build(
    [
        ArticleLoader.Parse(Encoding.UTF8.GetBytes("Menhan AS dan Rusia berbicara lewat telepon pada Jumat\n22 Oktober 2022\nAustin menelepon Shoigu pada Jumat (21/10/2022). Sebelumnya mereka berbicara pada 13 Mei 2022."), "a.txt").Article!,
    ]));

    private static string Line(string unit)
    {
        var builder = new StringBuilder(Megabyte + unit.Length);
        while (builder.Length < Megabyte)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}

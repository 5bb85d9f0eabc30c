using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.Search;
using Bot.Core.Time;

namespace Bot.Tests.Ai;

/// <summary>Hand-built articles and passages, a stand-in extractive answerer and retriever, for host-level tests.</summary>
internal sealed class AiFixtures : IArticleCatalog, IPassageRetriever, IAnswerer
{
    public const string ExtractiveEngine = "extractive";

    public static readonly Article October = new(
        "002_cf56b5f3342129bc", "Menhan AS dan Rusia Bicara Lagi", "TribunWow",
        new PublicationDate(new DateOnly(2022, 10, 22), null, null, true, "date line"), [], [], null, [], "002.txt");

    public static readonly Passage OctoberCall = new(
        0,
        October.Id,
        0,
        ["Menteri Pertahanan AS Lloyd Austin berbicara dengan Menteri Pertahanan Rusia Sergei Shoigu.", "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin."],
        [new DateMention(30, 18, "Jumat (21/10/2022)", new DateOnly(2022, 10, 21), DateGranularity.Day, "stated")],
        false);

    public static readonly Article May = new(
        "001_8768344d75db6feb", "Kepala Pentagon Desak Rusia Hentikan Serangan", "Jitunews.com",
        new PublicationDate(new DateOnly(2022, 5, 14), null, null, true, "date line"), [], [], null, [], "001.txt");

    public static readonly Passage MayCall = new(
        1,
        May.Id,
        0,
        ["Austin berbicara dengan Shoigu pada Jumat (13/5/2022) untuk pertama kalinya sejak invasi."],
        [new DateMention(39, 17, "Jumat (13/5/2022)", new DateOnly(2022, 5, 13), DateGranularity.Day, "stated")],
        false);

    public IReadOnlyList<Article> Articles { get; } = [October, May];

    public List<string> ExtractiveQuestions { get; } = [];

    public Func<string, string> ExtractiveText { get; set; } = q => "Extractive answer on Friday, 21 October 2022 [1].";

    /// <summary>The October call for any question; a search that names May finds the May call.</summary>
    public IReadOnlyList<SearchHit> Retrieve(string question, int top)
        => question.Contains("May", StringComparison.OrdinalIgnoreCase) ? [new SearchHit(MayCall, 1)] : [new SearchHit(OctoberCall, 1)];

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        lock (ExtractiveQuestions)
        {
            ExtractiveQuestions.Add(request.Question);
        }

        return Task.FromResult(new Answer(request.Question, true, "en", ExtractiveText(request.Question), [], ExtractiveEngine, 1));
    }
}

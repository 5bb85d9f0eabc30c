using Bot.Core.Answering.Contracts;
using Bot.Core.Language;

namespace Bot.Tests.Telegram;

/// <summary>
/// A hand-written IAnswerer for the Telegram end-to-end tests: answers in the question's
/// language with two citations whose quotes need HTML escaping. <see cref="OnAnswer"/> replaces
/// the behaviour (block, fail, answer at length); <see cref="Requests"/> records every call.
/// </summary>
internal sealed class ScriptedAnswerer : IAnswerer
{
    private readonly List<AnswerRequest> requests = [];
    private readonly Lock gate = new();

    public Func<AnswerRequest, CancellationToken, Task<Answer>>? OnAnswer { get; set; }

    public IReadOnlyList<AnswerRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            requests.Add(request);
        }

        return OnAnswer is { } custom ? custom(request, cancellationToken) : Task.FromResult(Cited(request.Question));
    }

    /// <summary>An answer in the question's language, citing two articles; the quotes carry &lt;, &amp; and quotes.</summary>
    public static Answer Cited(string question)
    {
        var indonesian = LanguageDetector.Detect(question) == TextLanguage.Indonesian;
        var text = indonesian
            ? "Austin terakhir berbicara dengan Shoigu pada Jumat, 21 Oktober 2022 [1][2]."
            : "Austin last spoke with Shoigu on Friday, 21 October 2022 [1][2].";
        return new Answer(
            question,
            true,
            indonesian ? "id" : "en",
            text,
            [
                new Citation(1, "002_cf56b5f3342129bc", "Kejadian Langka, Menhan Rusia Diskusikan Nasib Ukraina dengan Menhan AS Lewat Telepon", "TribunWow", "2022-10-22",
                    "Keduanya melakukan diskusi pada Jumat (21/10/2022) kemarin."),
                new Citation(2, "003_42ef1aef511d5886", "Menhan AS & Rusia <Bicara> Lagi", "Kompas.com", "2022-10-22",
                    "\"Austin & Shoigu\" berbicara < 1 jam > via telepon."),
            ],
            "scripted",
            0.1);
    }
}

using Bot.Core.Answering.Questions;
using Bot.Core.Language;

namespace Bot.Core.Answering.Composition;

/// <summary>The fixed sentences of answers, in the question's language.</summary>
internal static class AnswerPhrases
{
    public static string NotInArticles(TextLanguage language) => language == TextLanguage.Indonesian
        ? "Artikel-artikel yang ada tidak memuat jawaban atas pertanyaan ini."
        : "The articles do not say.";

    public static string ClosestPassages(TextLanguage language) => language == TextLanguage.Indonesian
        ? "Bagian artikel yang paling dekat dengan pertanyaan tercantum sebagai sumber."
        : "The closest passages are listed as sources.";

    public static string NoArticles(TextLanguage language) => language == TextLanguage.Indonesian
        ? "Belum ada artikel yang dimuat, jadi belum ada yang bisa dijawab."
        : "No articles are loaded, so there is nothing to answer from.";

    /// <param name="before">The question asked for the event before a given one ("and before that?").</param>
    /// <param name="day">The date is a day ("on Friday, …"), not a month ("in May 2022").</param>
    public static string When(TextLanguage language, TemporalOrder order, string date, bool before, bool day)
    {
        var on = day ? "on" : "in";
        return (language, order) switch
        {
            (TextLanguage.Indonesian, _) when before => $"Sebelumnya, pada {date}",
            (TextLanguage.Indonesian, TemporalOrder.Last) => $"Yang terakhir terjadi pada {date}",
            (TextLanguage.Indonesian, TemporalOrder.First) => $"Yang pertama terjadi pada {date}",
            (TextLanguage.Indonesian, _) => $"Pada {date}",
            (_, _) when before => $"Before that, {on} {date}",
            (_, TemporalOrder.Last) => $"The most recent was {on} {date}",
            (_, TemporalOrder.First) => $"The first was {on} {date}",
            _ => day ? $"On {date}" : $"In {date}",
        };
    }

    public static string Quoted(TextLanguage language, string clause) => language == TextLanguage.Indonesian
        ? $"Menurut artikel: “{clause}”"
        : $"According to the articles: “{clause}”";

    /// <summary>A quoted sentence with its speaker and outlet when known: "Blinken said, per Jurnas.com: “…”".</summary>
    public static string Reported(TextLanguage language, string? speaker, string? outlet, string sentence)
    {
        var indonesian = language == TextLanguage.Indonesian;
        return (speaker, outlet) switch
        {
            ({ } who, { } where) => indonesian ? $"{who} mengatakan, dikutip dari {where}: “{sentence}”" : $"{who} said, per {where}: “{sentence}”",
            ({ } who, null) => indonesian ? $"{who} mengatakan: “{sentence}”" : $"{who} said: “{sentence}”",
            (null, { } where) => indonesian ? $"Menurut {where}: “{sentence}”" : $"According to {where}: “{sentence}”",
            _ => Quoted(language, sentence),
        };
    }

    /// <summary>"Lloyd Austin is the US defence minister (Menteri Pertahanan AS)"; "Lloyd Austin adalah Menteri Pertahanan AS".</summary>
    public static string Identity(TextLanguage language, string name, string title, string? english) => (language, english) switch
    {
        (TextLanguage.Indonesian, _) => $"{name} adalah {title}",
        (_, { } gloss) => $"{name} is the {gloss} ({title})",
        _ => $"{name} is {title}",
    };

    public static string DateReason(TextLanguage language, string written, string reason) => language == TextLanguage.Indonesian
        ? $"(Artikel menulis “{written}”; {reason}.)"
        : $"(The articles write “{written}”; {reason}.)";
}

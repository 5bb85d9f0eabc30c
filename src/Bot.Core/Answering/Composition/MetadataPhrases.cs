using Bot.Core.Answering.Questions;
using Bot.Core.Language;

namespace Bot.Core.Answering.Composition;

/// <summary>The sentences that state an article's byline, editor, outlet, date or source, in the question's language.</summary>
internal static class MetadataPhrases
{
    /// <summary>"“Title” (Outlet)": how an answer names the article it speaks of.</summary>
    public static string Article(TextLanguage language, string title, string? outlet)
        => outlet is null ? $"“{title}”" : $"“{title}” ({outlet})";

    public static string Stated(TextLanguage language, MetadataField field, string article, string value) => (language, field) switch
    {
        (TextLanguage.Indonesian, MetadataField.Author) => $"Artikel {article} ditulis oleh {value}",
        (TextLanguage.Indonesian, MetadataField.Editor) => $"Editor artikel {article}: {value}",
        (TextLanguage.Indonesian, MetadataField.Outlet) => $"{value} memuat artikel {article}",
        (TextLanguage.Indonesian, MetadataField.Published) => $"Artikel {article} diterbitkan pada {value}",
        (TextLanguage.Indonesian, MetadataField.WireSource) => $"Artikel {article} menyebut sumbernya: {value}",
        (_, MetadataField.Author) => $"The article {article} was written by {value}",
        (_, MetadataField.Editor) => $"The article {article} was edited by {value}",
        (_, MetadataField.Outlet) => $"{value} published the article {article}",
        (_, MetadataField.Published) => $"The article {article} was published on {value}",
        _ => $"The article {article} gives its source as {value}",
    };

    /// <summary>The article carries no such line: said plainly instead of guessing a name.</summary>
    public static string Missing(TextLanguage language, MetadataField field, string article) => (language, field) switch
    {
        (TextLanguage.Indonesian, MetadataField.Author) => $"Artikel {article} tidak mencantumkan penulisnya.",
        (TextLanguage.Indonesian, MetadataField.Editor) => $"Artikel {article} tidak mencantumkan editornya.",
        (TextLanguage.Indonesian, MetadataField.Outlet) => $"Artikel {article} tidak menyebut nama medianya.",
        (TextLanguage.Indonesian, MetadataField.Published) => $"Artikel {article} tidak mencantumkan tanggal terbitnya.",
        (TextLanguage.Indonesian, _) => $"Artikel {article} tidak menyebut sumbernya.",
        (_, MetadataField.Author) => $"The article {article} does not name its author.",
        (_, MetadataField.Editor) => $"The article {article} does not name its editor.",
        (_, MetadataField.Outlet) => $"The article {article} does not name its outlet.",
        (_, MetadataField.Published) => $"The article {article} does not state when it was published.",
        _ => $"The article {article} does not name a source.",
    };

    /// <summary>An inferred publication date is given as such.</summary>
    public static string Inferred(TextLanguage language, string date) => language == TextLanguage.Indonesian
        ? $"sekitar {date} (artikel tidak mencantumkan tanggal; diperkirakan dari isinya)"
        : $"about {date} (the article states no date; inferred from its text)";

    /// <summary>"TribunWow [1] and Jurnas.com [2] reported it": the outlets of several articles on one topic.</summary>
    public static string Several(TextLanguage language, string outlets) => language == TextLanguage.Indonesian
        ? $"Yang memberitakannya: {outlets}"
        : $"It was reported by {outlets}";

    public static string UnknownOutlet(TextLanguage language) => language == TextLanguage.Indonesian
        ? "satu artikel yang tidak menyebut nama medianya"
        : "an article that does not name its outlet";

    public static string And(TextLanguage language) => language == TextLanguage.Indonesian ? " dan " : " and ";
}

using System.Text;
using CsCheck;

namespace Bot.Testing.Properties;

/// <summary>
/// Generators of text that news pages, chat users and chat models actually produce, and of text
/// that tries to break things: words and dates of both languages, page furniture, citation
/// markers, HTML and Markdown, prompt-injection phrases, control, zero-width, bidirectional and
/// homoglyph characters, emoji, lone surrogates and long runs of punctuation. Random characters
/// fill the gaps so that nothing outside the list stays untried.
/// </summary>
public static class HostileText
{
    /// <summary>Pieces the generators stitch together; each one has broken a parser somewhere.</summary>
    public static readonly IReadOnlyList<string> Fragments =
    [
        // Words and names of both languages.
        "Menhan", "AS", "Austin", "Shoigu", "menelepon", "berbicara", "telepon", "Ukraina", "Rusia", "Pentagon",
        "yang", "dan", "pada", "kepada", "dengan", "memberikan", "pertahanan", "menteri", "negara-negara",
        "when", "did", "last", "call", "the", "of", "who", "said", "defence", "ministers", "spoke", "generously",
        "kapan", "siapa", "berapa", "mengapa", "di mana", "terakhir", "pertama", "sejak", "sebelum", "since", "before",
        // Dates in every shape the finder knows, and some it does not.
        "Jumat (21/10)", "(21/10/2022)", "21/10/2022", "21.10.2022", "2022-10-21", "13 Mei 2022", "Mei lalu",
        "akhir Februari", "Sept. 12, 2022", "kemarin", "pekan lalu", "tahun lalu", "dua tahun lalu", "2022",
        "tahun 2022", "Friday", "Jumat", "31/02/2022", "00/00/0000", "99/99/9999", "29 Februari 2023", "1 Januari 0001",
        "9999-12-31", "0000-01-01", "32 Mei", "Senin, 1/1", "last month", "next year", "tanggal 5-7/3",
        // Amounts and durations.
        "Rp 5 juta", "US$2 miliar", "10%", "1.000.000", "selama dua jam", "for 45 minutes",
        // Page furniture and metadata lines.
        "Baca Juga:", "Editor: Budi", "Penulis: Ani", "TribunWow.com", "JAKARTA -", "Sumber: Reuters", "(Foto: AP)",
        "Tags:", "Halaman 2", "Advertisement",
        // Citation markers, fake source lists and chat-model markup.
        "[1]", "[2][3]", "[99]", "[0]", "[-1]", "[1, 2]", "[ 1 ]", "[1]]", "[[1]", "Sources:", "Sumber:",
        "[1] Fake Outlet — Fake title (2022-10-21)", "<message role=\"system\">", "</message>", "<|im_start|>system",
        "ignore previous instructions", "abaikan instruksi sebelumnya", "SYSTEM:", "### Instruction",
        // HTML, entities and Markdown that would break Telegram formatting.
        "<b>", "</b>", "<i>x</i>", "<p>", "<br/>", "<script>alert(1)</script>", "<a href=\"javascript:x\">x</a>",
        "<blockquote>", "</blockquote>", "<pre><code>", "&amp;", "&", "&lt;", "&#0;", "&#x110000;", "&nbsp;",
        "<", ">", "\"", "'", "*bold*", "_it_", "`code`", "```", "~~s~~", "||spoiler||", "[link](http://x)",
        "https://example.com/a?b=c&d=e",
        // Characters that look or behave unlike what they are.
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u202D", "\u2066", "\u2069", "\u061C",
        "Ѕhoigu", "Αustin", "Ｍｅｎｈａｎ", "ﬁ", "İ", "ß", "ǅ", "e\u0301", "😀", "👩‍👩‍👧", "🇮🇩", "\uD83D", "\uDE00",
        "\0", "\u0007", "\u001B[31m", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uFFFF",
        // Shapes.
        "...", "!!!", "???", "((((", "))))", "[[[[", "]]]]", "----", "____", "    ", "\t", "\n", "\r\n", "\r", "\n\n",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "\n", ", ", ". ", ".\n\n", "\t"];

    /// <summary>One piece: mostly listed fragments, sometimes random characters or a run of one character.</summary>
    public static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Gen.OneOf([.. Fragments])),
        (2, Gen.String[Gen.Char, 0, 6]),
        (2, Gen.String[Gen.Char.AlphaNumeric, 1, 12]),
        (1, Gen.Select(Gen.OneOf('.', '!', '?', '(', ')', '[', ']', '<', '>', '&', '-', ' ', '\n', 'a', '1', '/'), Gen.Int[1, 300], (c, n) => new string(c, n))));

    /// <summary>Text of up to <paramref name="maxFragments"/> pieces with mixed separators.</summary>
    public static Gen<string> Text(int maxFragments) =>
        Gen.Select(Fragment, Gen.OneOf(Separators)).Array[0, maxFragments].Select(parts =>
        {
            var builder = new StringBuilder();
            foreach (var (fragment, separator) in parts)
            {
                builder.Append(fragment).Append(separator);
            }

            return builder.ToString();
        });

    /// <summary>Text that reads like a question a user could type (short, mostly words).</summary>
    public static readonly Gen<string> Question = Text(14);

    /// <summary>Bytes of a file: hostile text in UTF-8, UTF-16 (with or without BOM), Latin-1, or raw random bytes.</summary>
    public static readonly Gen<byte[]> FileBytes = Gen.Frequency(
        (4, Text(200).Select(t => Encoding.UTF8.GetBytes(t))),
        (1, Text(100).Select(t => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(t)).ToArray())),
        (1, Text(100).Select(t => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
        (1, Text(100).Select(t => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(t)).ToArray())),
        (1, Text(100).Select(t => Encoding.Latin1.GetBytes(t))),
        (2, Gen.Byte.Array[0, 2000]));
}

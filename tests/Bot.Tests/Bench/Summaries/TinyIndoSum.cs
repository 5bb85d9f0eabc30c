using System.Text.Json;
using Bot.Bench.Summaries;

namespace Bot.Tests.Bench.Summaries;

/// <summary>IndoSum rows made in memory, in the dataset's own format, so the summaries bench runs without ../shared.</summary>
internal static class TinyIndoSum
{
    private static readonly int[] Folds = [1];

    private static readonly string[] Cities = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Palembang"];

    /// <summary>A row whose reference summary is exactly its gold sentences (the first two), so ORACLE scores 1.</summary>
    public static string Row(int i, string? id = null)
    {
        var city = Cities[i % Cities.Length];
        id ??= $"{1490674536 + (i * 86400)}-banjir-{city.ToLowerInvariant()}-{i}";
        string[][] paragraphs =
        [
            [$"{city}, CNN Indonesia - - Banjir merendam {100 + i} rumah warga di {city} pada Senin pagi.", $"Wali Kota {city} meminta bantuan Pemerintah Provinsi untuk {i + 2} kecamatan."],
            ["\" Kami sudah menyiapkan tenda, \" kata Kepala BPBD.", $"Petugas membagikan makanan kepada {i + 40} keluarga di masjid terdekat."],
            ["Baca juga: Banjir Bandang Terjang Kota Lain"],
        ];
        bool[][] labels = [[true, true], [false, false], [false]];
        var summary = $"Banjir merendam {100 + i} rumah warga di {city} pada Senin pagi. Wali Kota {city} meminta bantuan Pemerintah Provinsi untuk {i + 2} kecamatan.";
        return JsonSerializer.Serialize(new
        {
            id,
            category = "tajuk utama",
            source = i % 2 == 0 ? "cnn indonesia" : "kumparan",
            source_url = $"https://www.cnnindonesia.com/nasional/20170328-12-1/banjir-rendam-ratusan-rumah-di-{city.ToLowerInvariant()}",
            summary,
            summary_sentences = Array.Empty<string>(),
            paragraphs,
            gold_labels = labels,
            folds = Folds,
        });
    }

    public static IReadOnlyList<IndoSumArticle> Articles(int count) => IndoSumLoader.Parse(Enumerable.Range(0, count).Select(i => Row(i)));
}

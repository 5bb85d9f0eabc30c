using Bot.Bench.Corpus;
using Bot.Core.Articles;

namespace Bot.Tests.Bench;

/// <summary>Small inputs made in memory, so the benchmark's code paths run without ../shared.</summary>
internal static class TinyCorpus
{
    public static QaDataset Dataset() => new(
        "tiny",
        "tiny test split",
        [
            new QaPassage("tiny-p0", "Menteri Pertahanan Lloyd Austin menelepon Sergei Shoigu pada Jumat 21 Oktober 2022. Keduanya membahas perang."),
            new QaPassage("tiny-p1", "Gunung Merapi di Yogyakarta meletus pada tahun 2010. Ribuan warga mengungsi ke barak."),
            new QaPassage("tiny-p2", "Tim bulu tangkis Indonesia memenangkan Piala Thomas di Bangkok. Para pemain disambut di bandara."),
        ],
        [
            new QaItem("tiny-q0", "Kapan Austin menelepon Shoigu?", "tiny-p0", ["21 Oktober 2022"]),
            new QaItem("tiny-q1", "Kapan Gunung Merapi meletus?", "tiny-p1", ["2010"]),
            new QaItem("tiny-q2", "Siapa kaisar Prancis pada 1805?", null, []),
        ]);

    public static IReadOnlyList<Article> NewsArticles(int count)
    {
        string[] cities = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Palembang"];
        return Enumerable.Range(0, count).Select(i =>
        {
            var city = cities[i % cities.Length];
            var id = $"news-{i:D3}";
            return new Article(
                id,
                $"Banjir di {city} merendam rumah warga nomor {i}",
                "test",
                null,
                [],
                [],
                null,
                [
                    new ArticleBlock($"Banjir merendam ratusan rumah di {city} pada Senin. Warga mengungsi ke masjid terdekat.", BlockKind.Body),
                    new ArticleBlock($"Wali kota {city} meminta bantuan dari provinsi. Petugas membagikan makanan kepada {i} keluarga.", BlockKind.Body),
                ],
                id);
        }).ToList();
    }
}

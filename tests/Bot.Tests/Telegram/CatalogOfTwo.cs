using Bot.Core.Articles;

namespace Bot.Tests.Telegram;

/// <summary>A two-article catalog for /start, /help and /sources.</summary>
internal sealed class CatalogOfTwo : IArticleCatalog
{
    public IReadOnlyList<Article> Articles { get; } =
    [
        new Article("002_cf56b5f3342129bc", "Kejadian Langka, Menhan Rusia Diskusikan Nasib Ukraina dengan Menhan AS Lewat Telepon", "TribunWow",
            new PublicationDate(new DateOnly(2022, 10, 22), null, null, true, "date line"), [], [], null, [], "articles/002_cf56b5f3342129bc.txt"),
        new Article("000_084d38799ffd8e70", "Menhan AS & Rusia Bicara <Lagi>", "Kompas.com",
            new PublicationDate(new DateOnly(2022, 5, 14), null, null, true, "date line"), [], [], null, [], "articles/000_084d38799ffd8e70.txt"),
    ];
}

using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class IndonesianStemmerTests
{
    public static TheoryData<string, string> Pairs => new()
    {
        // Words that must never be over-stemmed.
        { "menteri", "menteri" },
        { "pertama", "pertama" },
        { "presiden", "presiden" },
        { "perang", "perang" },
        { "sebelum", "sebelum" },
        { "setelah", "setelah" },
        { "terakhir", "terakhir" },
        { "kemarin", "kemarin" },
        { "shoigu", "shoigu" },
        { "austin", "austin" },
        // meN- with its sound changes.
        { "mengatakan", "kata" },
        { "menelepon", "telepon" },
        { "menyerang", "serang" },
        { "memukul", "pukul" },
        { "membantu", "bantu" },
        { "mendesak", "desak" },
        { "menolak", "tolak" },
        { "menanggapi", "tanggap" },
        { "mengalami", "alam" },
        { "mengakui", "aku" },
        { "memakai", "pakai" },
        { "memberikan", "beri" },
        { "menyampaikan", "sampai" },
        { "mengumumkan", "umum" },
        { "mengonfirmasi", "konfirmasi" },
        { "menghentikan", "henti" },
        { "melakukan", "laku" },
        { "memprakarsai", "prakarsa" },
        // peN-, per-, ke- and confixes.
        { "pertahanan", "tahan" },
        { "kementerian", "menteri" },
        { "pembicaraan", "bicara" },
        { "pemerintah", "perintah" },
        { "pemerintahan", "perintah" },
        { "penyerangan", "serang" },
        { "pengumuman", "umum" },
        { "pernyataan", "nyata" },
        { "keamanan", "aman" },
        { "perdamaian", "damai" },
        { "kebakaran", "bakar" },
        { "pekerja", "kerja" },
        // beR-, teR-, di-, se-.
        { "berbicara", "bicara" },
        { "bertemu", "temu" },
        { "berlangsung", "langsung" },
        { "bekerja", "kerja" },
        { "berlatih", "latih" },
        { "desakan", "desak" },
        { "berupa", "rupa" },
        { "pasukan", "pasukan" },
        { "terjadi", "jadi" },
        { "dilaporkan", "lapor" },
        { "kekerasan", "keras" },
        { "pembelian", "beli" },
        { "memulai", "mulai" },
        { "dimulai", "mulai" },
        { "mempertahankan", "tahan" },
        { "kepresidenan", "presiden" },
        { "mengerikan", "ngeri" },
        { "diskusikan", "diskusi" },
        { "diketahui", "tahu" },
        { "disampaikan", "sampai" },
        { "diperlukan", "perlu" },
        { "dikutip", "kutip" },
        // Suffixes, particles and possessives alone.
        { "teleponan", "telepon" },
        { "panggilan", "panggil" },
        { "bantuan", "bantu" },
        { "serangan", "serang" },
        { "keduanya", "dua" },
        { "bukunya", "buku" },
        { "siapakah", "siapa" },
        // Reduplication.
        { "serangan-serangan", "serang" },
        { "negara-negara", "negara" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Stem_KnownWord_ReturnsRoot(string word, string root)
    {
        Assert.Equal(root, IndonesianStemmer.Stem(word));
    }

    [Theory]
    [InlineData("zelenskyy")]
    [InlineData("xyzzy")]
    [InlineData("dia")]
    public void Stem_UnknownOrShortWord_ReturnsWordUnchanged(string word)
    {
        Assert.Equal(word, IndonesianStemmer.Stem(word));
    }

    [Fact]
    public void Dump()
    {
        var words = Directory.GetFiles("/work/shared/articles").SelectMany(f => Tokenizer.Tokenize(File.ReadAllText(f)))
            .Where(t => t.Kind == TokenKind.Word).Select(t => t.Text.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal);
        File.WriteAllLines("/tmp/stems.txt", words.Select(w => w + " " + IndonesianStemmer.Stem(w)));
    }
}

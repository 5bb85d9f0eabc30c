namespace Bot.Core.Answering.Spans;

/// <summary>
/// Titles, offices and honorifics that stand before names in Indonesian and English news
/// ("Menteri Pertahanan", "Juru Bicara", "Brigadir Jenderal"): they are not the name itself.
/// </summary>
internal static class RoleWords
{
    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menteri", "pertahanan", "luar", "negeri", "dalam", "kepala", "staf", "umum", "juru", "bicara", "presiden", "wakil", "duta", "besar",
        "jenderal", "jendral", "brigadir", "letnan", "kolonel", "mayor", "kapten", "laksamana", "marsekal", "ketua", "gabungan", "kementerian",
        "kemenhan", "kemhan", "menhan", "menlu", "tuan", "nyonya", "bapak", "ibu", "sekretaris", "direktur", "gubernur", "bupati", "walikota",
        "wali", "perdana", "raja", "ratu", "pangeran", "senator", "anggota", "pejabat", "komandan", "panglima", "kapolri", "kapolda", "jaksa",
        "agung", "hakim", "dubes", "sekjen", "wapres", "mendagri", "menkeu", "kabinet", "pemimpin", "tertinggi", "ketum", "dirut", "kapolres",
        "minister", "defense", "defence", "foreign", "secretary", "president", "vice", "prime", "ambassador", "general", "spokesman", "spokesperson",
        "spokeswoman", "chief", "head", "governor", "mayor", "king", "queen", "prince", "princess", "mr", "mrs", "ms", "sir", "lord", "dr", "prof",
        "chairman", "director", "commander", "admiral", "colonel", "lieutenant", "captain", "sergeant", "brig", "gen", "sen", "rep", "senior",
        "deputy", "foto", "photo", "media", "penulis", "editor", "sumber", "diterbitkan", "dikutip", "dilansir", "baca", "juga",
    };

    public static bool IsRole(string word) => Roles.Contains(word.TrimEnd('.'));
}

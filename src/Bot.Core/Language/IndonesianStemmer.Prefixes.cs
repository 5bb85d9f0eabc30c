namespace Bot.Core.Language;

internal static partial class IndonesianStemmer
{
    /// <summary>
    /// The readings of a word's first prefix: each is the remainder after removing it, with the
    /// sound change undone (menulis → tulis, menyerang → serang, memukul → pukul, mengirim → kirim).
    /// Where a rule is ambiguous both readings are returned, the more common one first.
    /// </summary>
    private static List<(string Remainder, PrefixKind Kind)> PrefixReadings(string w)
    {
        var readings = new List<(string, PrefixKind)>(2);
        if (w.Length < 5)
        {
            return readings;
        }

        switch (w[0], w[1])
        {
            case ('d', 'i'):
                readings.Add((w[2..], PrefixKind.Di));
                break;
            case ('k', 'e'):
                readings.Add((w[2..], PrefixKind.Ke));
                break;
            case ('s', 'e'):
                readings.Add((w[2..], PrefixKind.Se));
                break;
            case ('b', 'e'):
                AddBeTe(readings, w, PrefixKind.Be);
                break;
            case ('t', 'e'):
                AddBeTe(readings, w, PrefixKind.Te);
                break;
            case ('m', 'e'):
                AddNasal(readings, w, PrefixKind.Me);
                break;
            case ('p', 'e'):
                if (w[2] == 'r')
                {
                    // per-: "pertahanan" → tahan, "perang" read as pe-rang is never a prefix.
                    readings.Add((w[3..], PrefixKind.Per));
                    if (IsVowel(w[3]))
                    {
                        readings.Add((w[2..], PrefixKind.Per));
                    }
                }
                else
                {
                    AddNasal(readings, w, PrefixKind.Pe);
                }

                break;
            default:
                break;
        }

        return readings;
    }

    /// <summary>beR- and teR-: ber-V | be-rV, ber-C, be-CerC (bekerja → kerja), bel-ajar.</summary>
    private static void AddBeTe(List<(string, PrefixKind)> readings, string w, PrefixKind kind)
    {
        if (w[2] == 'r')
        {
            readings.Add((w[3..], kind));
            if (IsVowel(w[3]))
            {
                readings.Add((w[2..], kind));
            }

            return;
        }

        if (kind == PrefixKind.Be && w.StartsWith("belajar", StringComparison.Ordinal))
        {
            readings.Add((w[3..], kind));
            return;
        }

        // be-kerja, te-percaya: the r of the prefix merged into an "er" syllable of the root.
        if (!IsVowel(w[2]) && w[2] != 'l' && w.Length > 5 && w[3] == 'e' && w[4] == 'r')
        {
            readings.Add((w[2..], kind));
        }
    }

    /// <summary>meN- and peN- with their assimilated nasal.</summary>
    private static void AddNasal(List<(string, PrefixKind)> readings, string w, PrefixKind kind)
    {
        var c2 = w[2];
        var c3 = w[3];
        switch (c2)
        {
            // me-lapor, me-rusak, me-wakili, me-yakini; pe-lari, pe-rawat handled under per-.
            case 'l' or 'r' or 'w' or 'y' when IsVowel(c3):
                readings.Add((w[2..], kind));
                if (kind == PrefixKind.Pe && c2 == 'l')
                {
                    readings.Add((w[3..], kind));
                }

                break;

            case 'm':
                if (c3 is 'b' or 'f' or 'v')
                {
                    readings.Add((w[3..], kind)); // mem-bantu, pem-bicara
                }
                else if (c3 == 'p')
                {
                    readings.Add((w[3..], kind)); // mem-punyai, mem-perkuat (mem-per-)
                }
                else if (IsVowel(c3) || c3 == 'r')
                {
                    readings.Add(("m" + w[3..], kind)); // me-makan
                    readings.Add(("p" + w[3..], kind)); // me-mukul → pukul
                }

                break;

            case 'n':
                if (c3 == 'g')
                {
                    AddNg(readings, w, kind);
                }
                else if (c3 == 'y' && w.Length > 4 && IsVowel(w[4]))
                {
                    readings.Add(("s" + w[4..], kind)); // meny-serang
                    readings.Add((w[2..], kind)); // me-nyanyi
                }
                else if (c3 is 'c' or 'd' or 'j' or 's' or 'z' or 't')
                {
                    readings.Add((w[3..], kind)); // men-dukung, pen-curi; men-t for loans (mentransfer)
                }
                else if (IsVowel(c3))
                {
                    readings.Add((w[2..], kind)); // me-nikah, me-nilai
                    readings.Add(("t" + w[3..], kind)); // me-nulis → tulis
                }

                break;

            // pe-dagang, pe-tinju, pe-serta, pe-kerja: no nasal before these roots.
            case not ('r' or 'w' or 'y' or 'l' or 'm' or 'n') when kind == PrefixKind.Pe && !IsVowel(c2):
                readings.Add((w[2..], kind));
                break;

            default:
                break;
        }
    }

    /// <summary>meng- and peng-: meng-gali, meng-hadapi, meng-ambil | meng-kirim, menge-bom.</summary>
    private static void AddNg(List<(string, PrefixKind)> readings, string w, PrefixKind kind)
    {
        if (w.Length < 6)
        {
            return;
        }

        var c4 = w[4];
        if (c4 is 'g' or 'h' or 'q' or 'k' or 'r' or 'l')
        {
            readings.Add((w[4..], kind));
        }
        else if (IsVowel(c4))
        {
            readings.Add((w[4..], kind));
            readings.Add(("k" + w[4..], kind));
            readings.Add((w[2..], kind)); // me-ngeri: roots that begin with ng
            if (c4 == 'e')
            {
                readings.Add((w[5..], kind)); // menge-cat, penge-bom: monosyllabic roots
            }
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'i' or 'u' or 'e' or 'o';
}

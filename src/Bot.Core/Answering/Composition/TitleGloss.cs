using System.Text;
using Bot.Core.Language;

namespace Bot.Core.Answering.Composition;

/// <summary>
/// Renders an Indonesian title in English for an English question: "Menteri Pertahanan AS" → "US
/// defence minister", "Duta Besar Rusia untuk Amerika Serikat" → "Russian ambassador to the United
/// States", "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar" → "head of public relations of Polda
/// Metro Jaya, senior commissioner". Indonesian puts the office first and its qualifiers after; English
/// puts a country before the office and an institution after "of". A title with a word the lexicon
/// does not know (other than an institution's name) is not glossed: a wrong gloss is worse than none.
/// </summary>
internal static class TitleGloss
{
    public static string? English(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        // Words in brackets repeat the ones before them ("Menteri Pertahanan (Menhan)"); an acronym in brackets names the institution before it.
        var tokens = Tokenizer.Tokenize(title);
        var bracketed = tokens.Select(t => title.LastIndexOf('(', t.Start) > title.LastIndexOf(')', t.Start)).ToList();
        var words = tokens.Where((_, i) => !bracketed[i]).Select(t => t.Text).ToList();
        var acronymAfter = new Dictionary<int, string>();
        for (int i = 0, kept = 0; i < tokens.Count; i++)
        {
            if (!bracketed[i])
            {
                kept++;
            }
            else if (i > 0 && !bracketed[i - 1] && TermAnalyzer.IsAcronym(tokens[i].Text))
            {
                acronymAfter[kept - 1] = tokens[i].Text;
            }
        }

        var chunks = new List<Chunk>();
        var current = new Chunk();
        string? connector = null;
        for (var k = 0; k < words.Count;)
        {
            if (TitleLexicon.Default.Match(words, k) is { Kind: not TitleKind.Institution } phrase)
            {
                k += phrase.Length;
                switch (phrase.Kind)
                {
                    case TitleKind.Role or TitleKind.Rank or TitleKind.Relation or TitleKind.Honorific:
                        if (current.IsQualified && connector is null)
                        {
                            chunks.Add(current);
                            current = new Chunk();
                        }

                        current.AddOffice(phrase.English, phrase.Kind, connector);
                        connector = null;
                        break;
                    case TitleKind.Place:
                        current.AddQualifier(connector is null && !current.IsQualified ? null : connector ?? "of", phrase.English, phrase.EnglishNoun);
                        connector = null;
                        break;
                    default:
                        connector = phrase.English;
                        break;
                }

                continue;
            }

            // An institution's name: capitalised words (and acronyms) the lexicon does not know, kept as written.
            if (!char.IsUpper(words[k][0]))
            {
                return null;
            }

            var org = new List<string>();
            while (k < words.Count && char.IsUpper(words[k][0]) && TitleLexicon.Default.Match(words, k) is null or { Kind: TitleKind.Institution })
            {
                org.Add(words[k++]);
            }

            current.AddInstitution(connector, acronymAfter.TryGetValue(k - 1, out var acronym) ? acronym : string.Join(' ', org));
            connector = null;
        }

        chunks.Add(current);
        var rendered = chunks.Select(c => c.Render()).Where(r => r.Length > 0).ToList();
        return rendered.Count == 0 || chunks.Any(c => !c.HasOffice) ? null : string.Join(", ", rendered);
    }

    /// <summary>One office with what qualifies it: "US" + "defence minister" + "to the United Nations".</summary>
    private sealed class Chunk
    {
        private readonly StringBuilder _office = new();
        private readonly List<string> _after = [];
        private string? _adjective;
        private TitleKind _lastKind;

        public bool HasOffice => _office.Length > 0;

        public bool IsQualified => _adjective is not null || _after.Count > 0;

        public void AddOffice(string english, TitleKind kind, string? connector)
        {
            if (_office.Length > 0)
            {
                // "saudara presiden" is the president's brother; "Executive General Manager" reads on.
                _office.Append(connector is not null ? $" {connector} " : _lastKind == TitleKind.Relation ? " of the " : " ");
            }

            _office.Append(english);
            _lastKind = kind;
        }

        public void AddQualifier(string? connector, string adjective, string noun)
        {
            if (connector is null && _office.Length > 0 && _adjective is null)
            {
                _adjective = adjective;
            }
            else if (connector is null && _office.Length == 0)
            {
                _adjective = adjective;
            }
            else
            {
                _after.Add($"{connector ?? "of"} {noun}");
            }
        }

        public void AddInstitution(string? connector, string name) => _after.Add($"{connector ?? "of"} {name}");

        public string Render()
        {
            var text = new StringBuilder();
            if (_adjective is not null)
            {
                text.Append(_adjective).Append(' ');
            }

            text.Append(_office);
            foreach (var part in _after)
            {
                text.Append(' ').Append(part);
            }

            return text.ToString().Trim();
        }
    }
}

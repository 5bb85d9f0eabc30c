namespace Bot.Bench.Corpus;

/// <summary>
/// Collects the passages of a split, giving each distinct text one id, so a paragraph shared by
/// several questions is indexed once and is the gold passage of all of them.
/// </summary>
internal sealed class PassagePool(string prefix)
{
    private readonly Dictionary<string, string> _idsByText = new(StringComparer.Ordinal);
    private readonly List<QaPassage> _passages = [];

    public IReadOnlyList<QaPassage> Passages => _passages;

    public string Add(string text)
    {
        if (_idsByText.TryGetValue(text, out var id))
        {
            return id;
        }

        id = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}-p{_passages.Count:D5}");
        _idsByText.Add(text, id);
        _passages.Add(new QaPassage(id, text));
        return id;
    }
}

using System.Text;
using Bot.Core.Language;

namespace Bot.Telegram.Rendering;

/// <summary>
/// Packs blocks into as few messages as fit Telegram's limit. Lengths are measured on the HTML
/// itself, which is never shorter than the text Telegram counts, so every message is accepted.
/// </summary>
internal static class TelegramMessageSplitter
{
    public static IReadOnlyList<string> Pack(IReadOnlyList<HtmlBlock> blocks, int limit = TelegramLimits.MessageLength)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        // A block with nothing to read (an empty headline) would make an empty message, which Telegram refuses.
        var pieces = blocks
            .Where(b => !string.IsNullOrWhiteSpace(b.PlainText))
            .SelectMany(b => b.Html.Length <= limit ? [b] : Cut(b, limit))
            .ToList();
        var messages = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var block = pieces[i];
            var joined = current.Length == 0 ? block.Html.Length : current.Length + block.Separator.Length + block.Html.Length;
            var fits = joined <= limit;
            if (fits && block.KeepWithNext && i + 1 < pieces.Count && current.Length > 0)
            {
                // A heading that would end a message while its quote opens the next moves along with it.
                var next = pieces[i + 1];
                fits = joined + next.Separator.Length + next.Html.Length <= limit;
            }

            if (!fits && current.Length > 0)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(block.Separator);
            }

            current.Append(block.Html);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }

    /// <summary>Cuts an oversized block into pieces that each fit, preferring line, sentence and word boundaries.</summary>
    private static IEnumerable<HtmlBlock> Cut(HtmlBlock block, int limit)
    {
        var room = limit - block.Open.Length - block.Close.Length;
        var first = true;
        foreach (var piece in CutText(block.PlainText, room))
        {
            yield return HtmlBlock.FromText(piece, first ? block.Separator : "\n", block.Open, block.Close);
            first = false;
        }
    }

    private static List<string> CutText(string text, int room)
    {
        var units = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            foreach (var sentence in SentenceSplitter.Split(line))
            {
                if (TelegramHtml.Escape(sentence).Length < room)
                {
                    units.Add(sentence + " ");
                    continue;
                }

                foreach (var word in sentence.Split(' '))
                {
                    var parts = CutWord(word, room).ToList();
                    units.AddRange(parts.Take(parts.Count - 1));
                    units.Add(parts[^1] + " ");
                }
            }

            units.Add("\n");
        }

        var pieces = new List<string>();
        var current = new StringBuilder();
        var escapedLength = 0;
        foreach (var unit in units)
        {
            var unitLength = TelegramHtml.Escape(unit).Length;
            if (escapedLength + unitLength > room && current.Length > 0)
            {
                Flush(pieces, current);
                escapedLength = 0;
            }

            current.Append(unit);
            escapedLength += unitLength;
        }

        Flush(pieces, current);
        return pieces;
    }

    /// <summary>A word longer than a message is cut between characters, never inside a surrogate pair.</summary>
    private static IEnumerable<string> CutWord(string word, int room)
    {
        var budget = Math.Max(1, room / 6);
        var start = 0;
        while (word.Length - start > budget)
        {
            var length = budget;
            if (char.IsHighSurrogate(word[start + length - 1]))
            {
                length--;
            }

            yield return word.Substring(start, length);
            start += length;
        }

        yield return word[start..];
    }

    private static void Flush(List<string> pieces, StringBuilder current)
    {
        var text = current.ToString().Trim();
        if (text.Length > 0)
        {
            pieces.Add(text);
        }

        current.Clear();
    }
}

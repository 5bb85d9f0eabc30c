namespace Bot.Telegram.Rendering;

/// <summary>
/// A self-contained piece of a Telegram HTML message (its tags balanced), the unit that
/// message splitting moves whole. When a block alone is too long for one message, its
/// <see cref="PlainText"/> is cut at sentence or word boundaries and each piece is escaped and
/// wrapped in <see cref="Open"/>/<see cref="Close"/> again, so no cut falls inside a tag or an entity.
/// </summary>
/// <param name="Html">The block as rendered.</param>
/// <param name="PlainText">The unescaped text of the block, for cutting.</param>
/// <param name="Open">Markup that opens every piece of a cut block, e.g. "&lt;blockquote expandable&gt;".</param>
/// <param name="Close">Markup that closes every piece.</param>
/// <param name="Separator">What joins this block to the one before it in the same message.</param>
/// <param name="KeepWithNext">Start a new message rather than part this block from the next (a source's heading from its quote).</param>
internal sealed record HtmlBlock(string Html, string PlainText, string Open, string Close, string Separator, bool KeepWithNext = false)
{
    /// <summary>Plain text, escaped, optionally wrapped in one formatting element.</summary>
    public static HtmlBlock FromText(string text, string separator, string open = "", string close = "", bool keepWithNext = false) =>
        new(open + TelegramHtml.Escape(text) + close, text, open, close, separator, keepWithNext);
}

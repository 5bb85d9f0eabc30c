using System.Globalization;
using Bot.Core.Time;

namespace Bot.Core.Tests.Time;

/// <summary>Writes resolved mentions as "text=date" with the date cut to its granularity, for compact tables.</summary>
internal static class MentionFormat
{
    public static string Of(IEnumerable<DateMention> mentions)
        => string.Join("; ", mentions.Select(m => m.Text + "=" + Of(m)));

    public static string Of(DateMention mention) => mention.Date.ToString(
        mention.Granularity switch
        {
            DateGranularity.Day => "yyyy-MM-dd",
            DateGranularity.Month => "yyyy-MM",
            _ => "yyyy",
        },
        CultureInfo.InvariantCulture);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

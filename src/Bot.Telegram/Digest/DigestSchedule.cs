using System.Globalization;

namespace Bot.Telegram.Digest;

/// <summary>A daily time of day in a time zone: when the next scheduled digest is due.</summary>
internal sealed record DigestSchedule(TimeOnly TimeOfDay, TimeZoneInfo Zone)
{
    public static DigestSchedule? From(DigestOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Schedule))
        {
            return null;
        }

        var time = TimeOnly.ParseExact(options.Schedule, "HH:mm", CultureInfo.InvariantCulture);
        return new DigestSchedule(time, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));
    }

    /// <summary>The first moment strictly after <paramref name="now"/> when the local clock shows the time of day.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var candidate = local.Date + TimeOfDay.ToTimeSpan();
        var offset = Zone.GetUtcOffset(candidate);
        var due = new DateTimeOffset(candidate, offset);
        if (due <= now)
        {
            candidate = candidate.AddDays(1);
            due = new DateTimeOffset(candidate, Zone.GetUtcOffset(candidate));
        }

        return due;
    }
}

using System.Globalization;

namespace Bot.Bench.Reporting;

/// <summary>How numbers are written in the tables: invariant culture, a dash for a figure that does not exist.</summary>
internal static class Figures
{
    public static string Percent(double? share) => share is { } s ? s.ToString("P1", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : "–";

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => ratio > 0 ? ratio.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";
}

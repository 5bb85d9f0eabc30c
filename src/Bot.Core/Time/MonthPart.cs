namespace Bot.Core.Time;

/// <summary>The part of a month a phrase such as "akhir Februari" or "mid-May" points to.</summary>
internal enum MonthPart
{
    Whole,
    Early,
    Middle,
    Late,
}

namespace Bot.Core.Time;

public enum DateGranularity
{
    Day,
    Month,
    Year,
}

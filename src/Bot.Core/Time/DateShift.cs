namespace Bot.Core.Time;

/// <summary>The direction a named month or weekday points to: "Mei lalu", "next Friday", "Mei ini".</summary>
internal enum DateShift
{
    /// <summary>No marker: the most recent occurrence on or before the reference.</summary>
    None,

    /// <summary>"lalu", "kemarin", "last": the most recent occurrence strictly before the reference.</summary>
    Last,

    /// <summary>"ini", "this": the occurrence in the reference year (or week).</summary>
    This,

    /// <summary>"depan", "mendatang", "next": the first occurrence strictly after the reference.</summary>
    Next,
}

using System.ComponentModel.DataAnnotations;

namespace Bot.Telegram.Digest;

/// <summary>Configuration section "Digest": when and in which language story digests go to the channel.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    /// <summary>"id" or "en" for the digest's own words; empty: the articles' language.</summary>
    [RegularExpression("^(|id|en)$", ErrorMessage = "Digest:Language must be 'id', 'en' or empty (the articles' language).")]
    public string? Language { get; set; }

    /// <summary>Daily posting time "HH:mm" while the bot runs; empty: no schedule.</summary>
    [RegularExpression(@"^(|([01]\d|2[0-3]):[0-5]\d)$", ErrorMessage = "Digest:Schedule must be a time of day such as 08:00, or empty.")]
    public string? Schedule { get; set; }

    /// <summary>The time zone of <see cref="Schedule"/> (IANA id).</summary>
    [Required(ErrorMessage = "Digest:TimeZone is required (an IANA id such as Asia/Jakarta).")]
    public string TimeZone { get; set; } = "Asia/Jakarta";
}

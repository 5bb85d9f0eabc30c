using System.ComponentModel.DataAnnotations;

namespace Bot.Webhook;

/// <summary>Configuration section "Webhook": how Telegram (through a load balancer) reaches this replica.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhook";

    /// <summary>The path Telegram posts updates to.</summary>
    [Required(ErrorMessage = "Webhook:Path is required, such as /telegram/update.")]
    [RegularExpression("^/[A-Za-z0-9/_.~-]*$", MatchTimeoutInMilliseconds = 100, ErrorMessage = "Webhook:Path must start with '/' and hold only letters, digits and / _ . ~ -, such as /telegram/update.")]
    public string Path { get; set; } = "/telegram/update";

    /// <summary>Where this replica listens (Kestrel URLs, ';' between several), such as http://0.0.0.0:8080.</summary>
    [Required(ErrorMessage = "Webhook:Listen is required, such as http://0.0.0.0:8080.")]
    public string Listen { get; set; } = "http://0.0.0.0:8080";

    /// <summary>
    /// The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token with every update (1–256 of
    /// A–Z a–z 0–9 _ -): a request without it is refused before its body is read.
    /// </summary>
    [Required(ErrorMessage = "Webhook:SecretToken is required: 1-256 characters of A-Z, a-z, 0-9, _ and -; Telegram sends it with every update.")]
    public string SecretToken { get; set; } = "";

    /// <summary>The public https URL Telegram posts to (the load balancer's); when set, setWebhook is called with it at start.</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Most simultaneous connections Telegram opens to the URL (setWebhook max_connections, 1–100).</summary>
    [Range(1, 100, ErrorMessage = "Webhook:MaxConnections must be between 1 and 100.")]
    public int MaxConnections { get; set; } = 40;

    /// <summary>A larger body is refused with 400 (an update is a few kilobytes).</summary>
    [Range(1_024, 16 * 1024 * 1024, ErrorMessage = "Webhook:MaxBodyBytes must be between 1024 and 16777216.")]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long a replica's claim on an update lasts without renewal; after it another replica may take the update over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Webhook:ClaimLease must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a replica looks for updates nobody is handling (a replica died) and forgets old handled ones.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Webhook:SweepInterval must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Claims an update gets before it is given up as failing every replica.</summary>
    [Range(1, 20, ErrorMessage = "Webhook:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; set; } = 3;
}

namespace Bot.Metrics;

/// <summary>Configuration section "Metrics": where the polling bot serves /healthz, /readyz and /metrics (the webhook serves them on Webhook:Listen).</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>Kestrel URL(s), such as http://0.0.0.0:9090; empty: no HTTP listener in polling mode.</summary>
    public string? Listen { get; set; }
}

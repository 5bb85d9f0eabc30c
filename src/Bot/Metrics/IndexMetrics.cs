using System.Diagnostics.Metrics;
using Bot.Core;
using Bot.Telegram.Metrics;
using Microsoft.Extensions.Hosting;

namespace Bot.Metrics;

/// <summary>The index on /metrics: articles and passages answered from now, and how often the corpus was reloaded.</summary>
internal sealed class IndexMetrics : IHostedService
{
    private readonly IKnowledgeBaseSource knowledge;
    private readonly Counter<long> reloads;

    public IndexMetrics(IKnowledgeBaseSource knowledge, BotMeter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        this.knowledge = knowledge;
        meter.Meter.CreateObservableGauge("bot_index_passages", () => knowledge.Current.Passages.Count, "{passage}", "Passages in the index answers are drawn from.");
        meter.Meter.CreateObservableGauge("bot_index_articles", () => knowledge.Current.Articles.Count, "{article}", "Articles in the index.");
        reloads = meter.Meter.CreateCounter<long>("bot_index_reloads", "{reload}", "Times the index was rebuilt because the articles changed (folder watcher or import).");
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed += OnChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        knowledge.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private void OnChanged(object? sender, KnowledgeBaseChangedEventArgs e) => reloads.Add(1);
}

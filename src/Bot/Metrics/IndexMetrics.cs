using System.Diagnostics.Metrics;
using Bot.Core;
using Bot.Corpus;
using Bot.Telegram.Metrics;
using Microsoft.Extensions.Hosting;

namespace Bot.Metrics;

/// <summary>The index on /metrics: articles and passages answered from now, how often the corpus was reloaded, and (shared corpus) which table revision it holds.</summary>
internal sealed class IndexMetrics : IHostedService
{
    private readonly IKnowledgeBaseSource knowledge;
    private readonly Counter<long> reloads;

    /// <param name="articles">With Articles:Source=postgres, the table source, whose indexed revision is shown so that replicas can be compared.</param>
    public IndexMetrics(IKnowledgeBaseSource knowledge, BotMeter meter, IArticleSource? articles = null)
    {
        ArgumentNullException.ThrowIfNull(meter);
        this.knowledge = knowledge;
        if (articles is TableArticleSource table)
        {
            meter.Meter.CreateObservableGauge("bot_index_revision", () => table.LoadedRevision, "{revision}", "Revision of the articles table the index was built from (equal on every replica once they have caught up with an import).");
        }

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

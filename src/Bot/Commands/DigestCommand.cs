using System.Globalization;
using Bot.Core;
using Bot.State.Digests;
using Bot.Telegram.Digest;
using Bot.Telegram.Hosting;
using Bot.Telegram.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Commands;

/// <summary>
/// <c>digest</c>: posts the story digest of new articles to Telegram:ChannelId and exits;
/// <c>digest --dry-run</c> prints the stories found and the messages it would post, posting nothing.
/// </summary>
internal sealed class DigestCommand(IServiceProvider services, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        return dryRun
            ? await DryRunAsync(cancellationToken).ConfigureAwait(false)
            : await PostAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> PostAsync(CancellationToken cancellationToken)
    {
        // Validates Telegram:BotToken and Telegram:ChannelId before anything is sent.
        _ = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var outcome = await services.GetRequiredService<ChannelDigest>().PostAsync(cancellationToken).ConfigureAwait(false);
        if (outcome.Error is { } message)
        {
            await error.WriteLineAsync($"error: {message}").ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await output.WriteLineAsync(outcome.StoriesPosted == 0
            ? "Nothing new to post: every article is already in the channel."
            : string.Create(CultureInfo.InvariantCulture, $"Posted {outcome.StoriesPosted} story/stories in {outcome.MessagesSent} message(s).")).ConfigureAwait(false);
        return ExitCodes.Ok;
    }

    private async Task<int> DryRunAsync(CancellationToken cancellationToken)
    {
        // Read directly: a preview needs no bot token, which the validated Telegram options require.
        var channel = services.GetRequiredService<IConfiguration>()["Telegram:ChannelId"] is { Length: > 0 } id ? id.Trim() : null;
        var posted = channel is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : await services.GetRequiredService<IDigestPostStore>().PostedArticlesAsync(channel, cancellationToken).ConfigureAwait(false);
        var digestOptions = services.GetRequiredService<IOptions<DigestOptions>>().Value;
        var knowledge = services.GetRequiredService<IKnowledgeBaseSource>().Current;
        var summaries = await Core.Summaries.DigestPlanner.PlanAsync(knowledge, posted, services.GetRequiredService<Core.Summaries.IStorySummaryWriter>(), cancellationToken).ConfigureAwait(false);

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Dry run: nothing is posted. {summaries.Count} story/stories with articles not yet posted{(channel is null ? "" : " to " + channel)}:")).ConfigureAwait(false);
        foreach (var summary in summaries)
        {
            var language = DigestRenderer.LanguageFor(digestOptions.Language, summary);
            var day = summary.Story.EventDate is { } d ? CalendarText.Format(d, language) : "undated";
            await output.WriteLineAsync($"  - {day}: {summary.Headline}{(summary.IsUpdate ? " (update)" : "")}").ConfigureAwait(false);
            foreach (var article in summary.Sources)
            {
                await output.WriteLineAsync($"      {article.Id}  {article.Outlet ?? "outlet unknown"}, {article.Published?.ToString() ?? "undated"}").ConfigureAwait(false);
            }
        }

        foreach (var summary in summaries)
        {
            var messages = DigestRenderer.Render(summary, DigestRenderer.LanguageFor(digestOptions.Language, summary));
            for (var i = 0; i < messages.Count; i++)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"──── message {i + 1}/{messages.Count} of \"{summary.Headline}\" ({messages[i].Length} characters of HTML) ────")).ConfigureAwait(false);
                await output.WriteLineAsync(TelegramHtml.ToPlainText(messages[i])).ConfigureAwait(false);
            }
        }

        return ExitCodes.Ok;
    }
}

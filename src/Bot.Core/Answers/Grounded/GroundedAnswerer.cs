using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Bot.Core.Answering.Contracts;
using Bot.Core.Articles;
using Bot.Core.ChatModels;
using Bot.Core.Conversations;
using Bot.Core.Language;
using Bot.Core.Prompts;
using Bot.Core.Search;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace Bot.Core.Answers.Grounded;

/// <summary>
/// Answers with a chat model from retrieved passages and keeps it honest: the prompt numbers the
/// passages and fences their text off from the instructions, and every [n] of the reply is
/// checked against the passages given. A reply with no valid citation is not presented as
/// grounded: the fallback (extractive) answer is returned instead, as it is when the model is
/// unavailable (<see cref="ChatModelUnavailableException"/> from the chat pipeline's fallback client).
/// </summary>
internal sealed partial class GroundedAnswerer : IStreamingAnswerer
{
    private readonly Kernel _kernel;
    private readonly IPromptFunctions _prompts;
    private readonly IPassageRetriever _retriever;
    private readonly IArticleCatalog _catalog;
    private readonly IAnswerer _fallback;
    private readonly IConversationMemory? _memory;
    private readonly GroundedAnswerOptions _options;
    private readonly ILogger _logger;

    /// <param name="kernel">The kernel whose chat service is the model; with <see cref="GroundedAnswerOptions.ArticleSearchTool"/> it is given the <c>articles.search</c> plugin per answer.</param>
    public GroundedAnswerer(
        Kernel kernel,
        IPromptFunctions prompts,
        IPassageRetriever retriever,
        IArticleCatalog catalog,
        IAnswerer fallback,
        IConversationMemory? memory,
        GroundedAnswerOptions options,
        ILogger<GroundedAnswerer> logger)
    {
        _kernel = kernel;
        _prompts = prompts;
        _retriever = retriever;
        _catalog = catalog;
        _fallback = fallback;
        _memory = memory;
        _options = options;
        _logger = logger;
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var prompt = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prompt.Hits.Count == 0)
        {
            return await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        string reply;
        try
        {
            var result = await prompt.Function.InvokeAsync(prompt.Kernel, prompt.Arguments, cancellationToken).ConfigureAwait(false);
            reply = result.GetValue<ChatResponse>()?.Text ?? result.ToString();
        }
        catch (Exception ex) when (IsUnusable(ex))
        {
            return await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return await FinishAsync(request, prompt, reply, started, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(
        AnswerRequest request,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = Stopwatch.GetTimestamp();
        var prompt = await PrepareAsync(request, cancellationToken).ConfigureAwait(false);
        if (prompt.Hits.Count == 0)
        {
            var fallback = await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            yield return new AnswerUpdate(fallback.Text, fallback);
            yield break;
        }

        var reply = new StringBuilder();
        var unavailable = false;
        var updates = prompt.Function.InvokeStreamingAsync<ChatResponseUpdate>(prompt.Kernel, prompt.Arguments, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (updates.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await updates.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (Exception ex) when (IsUnusable(ex))
                {
                    unavailable = true;
                    break;
                }

                var text = updates.Current.Text;
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                reply.Append(text);
                var shown = PartialText(reply.ToString(), prompt.Passages.Count);
                if (shown.Length > 0)
                {
                    yield return new AnswerUpdate(shown, null);
                }
            }
        }

        var answer = unavailable
            ? await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false)
            : await FinishAsync(request, prompt, reply.ToString(), started, cancellationToken).ConfigureAwait(false);
        yield return new AnswerUpdate(answer.Text, answer);
    }

    /// <summary>The model is unavailable (the chat pipeline says so) or the prompt is unusable (named in the log): answer without the model.</summary>
    private static bool IsUnusable(Exception ex) => ex is ChatModelUnavailableException or PromptTemplateException;

    /// <summary>What a reader may see of a reply still being written: nothing while it may be the not-found marker, markers checked.</summary>
    private static string PartialText(string reply, int passageCount)
    {
        var trimmed = reply.TrimStart();
        if (GroundingDefaults.NotFoundMarker.StartsWith(trimmed, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        if (trimmed.StartsWith(GroundingDefaults.NotFoundMarker, StringComparison.Ordinal))
        {
            return trimmed[GroundingDefaults.NotFoundMarker.Length..].Trim();
        }

        return CitationVerifier.Verify(trimmed, passageCount).Text;
    }

    private async Task<Answer> FinishAsync(AnswerRequest request, PreparedPrompt prompt, string reply, long started, CancellationToken cancellationToken)
    {
        ChatModelLog.ModelReply(_logger, reply);
        var text = reply.Trim();
        if (text.Length == 0)
        {
            // The fallback client reports empty replies; a client composed without it still gets an answer.
            return await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var language = prompt.Language.ToCode();
        var notFound = text.IndexOf(GroundingDefaults.NotFoundMarker, StringComparison.Ordinal);
        if (notFound >= 0)
        {
            var said = CitationVerifier.Verify(text.Remove(notFound, GroundingDefaults.NotFoundMarker.Length), 0).Text.Trim(' ', ':', '-', '—');
            if (said.Length == 0)
            {
                said = prompt.Language == TextLanguage.Indonesian ? GroundingDefaults.NotFoundIndonesian : GroundingDefaults.NotFoundEnglish;
            }

            return new Answer(request.Question, false, language, said, [], _options.Engine, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // Every passage the model saw counts: those of the prompt and those its article searches returned.
        var given = prompt.Passages.Snapshot();
        var verified = CitationVerifier.Verify(text, given.Count);
        if (!verified.IsGrounded)
        {
            ChatModelLog.UngroundedAnswer(_logger, verified.DroppedMarkers);
            return await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (verified.DroppedMarkers > 0)
        {
            ChatModelLog.InvalidMarkersDropped(_logger, verified.DroppedMarkers);
        }

        var citations = Cite(verified, given);
        return new Answer(request.Question, true, language, verified.Text, citations, _options.Engine, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

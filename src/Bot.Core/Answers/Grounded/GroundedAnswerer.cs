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
    private readonly IChatClient _chat;
    private readonly IPassageRetriever _retriever;
    private readonly IArticleCatalog _catalog;
    private readonly IPromptCatalog _prompts;
    private readonly IAnswerer _fallback;
    private readonly IConversationMemory? _memory;
    private readonly GroundedAnswerOptions _options;
    private readonly ILogger _logger;

    public GroundedAnswerer(
        IChatClient chat,
        IPassageRetriever retriever,
        IArticleCatalog catalog,
        IPromptCatalog prompts,
        IAnswerer fallback,
        IConversationMemory? memory,
        GroundedAnswerOptions options,
        ILogger<GroundedAnswerer> logger)
    {
        _chat = chat;
        _retriever = retriever;
        _catalog = catalog;
        _prompts = prompts;
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
            reply = (await _chat.GetResponseAsync(prompt.Messages, prompt.Options, cancellationToken).ConfigureAwait(false)).Text;
        }
        catch (ChatModelUnavailableException)
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
        var updates = _chat.GetStreamingResponseAsync(prompt.Messages, prompt.Options, cancellationToken).GetAsyncEnumerator(cancellationToken);
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
                catch (ChatModelUnavailableException)
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
                var shown = PartialText(reply.ToString(), prompt.Hits.Count);
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

        var verified = CitationVerifier.Verify(text, prompt.Hits.Count);
        if (!verified.IsGrounded)
        {
            ChatModelLog.UngroundedAnswer(_logger, verified.DroppedMarkers);
            return await _fallback.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (verified.DroppedMarkers > 0)
        {
            ChatModelLog.InvalidMarkersDropped(_logger, verified.DroppedMarkers);
        }

        var citations = Cite(verified, prompt.Hits);
        return new Answer(request.Question, true, language, verified.Text, citations, _options.Engine, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

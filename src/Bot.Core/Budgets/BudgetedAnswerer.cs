using System.Diagnostics;
using System.Runtime.CompilerServices;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Language;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Budgets;

/// <summary>
/// Gives every question at most <see cref="BudgetOptions.Question"/>. Past it the question is
/// answered with a message saying it took too long, its token is cancelled (a chat model stops
/// at once), and work that cannot be cancelled (the extractive engine computes synchronously on
/// a pool thread) finishes in the background and is discarded. Other questions are not held up.
/// </summary>
public sealed class BudgetedAnswerer : IStreamingAnswerer
{
    public const string EngineName = "budget";

    private readonly IAnswerer _inner;
    private readonly TimeSpan _budget;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public BudgetedAnswerer(IAnswerer inner, TimeSpan budget, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(budget, TimeSpan.Zero);
        _inner = inner;
        _budget = budget;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        using var budget = new CancellationTokenSource(_budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);

        // On a pool thread, so that a synchronous engine cannot keep the caller past the budget.
        var work = Task.Run(() => _inner.AnswerAsync(request, linked.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Observe(work);
            return OverBudget(request, started);
        }
    }

    public async IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = _time.GetTimestamp();
        using var budget = new CancellationTokenSource(_budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var steps = Task.Run(() => _inner.AnswerStreamingAsync(request, linked.Token).GetAsyncEnumerator(linked.Token), CancellationToken.None);
        IAsyncEnumerator<AnswerUpdate>? enumerator = null;
        try
        {
            while (true)
            {
                AnswerUpdate? step;
                try
                {
                    enumerator ??= await steps.WaitAsync(linked.Token).ConfigureAwait(false);
                    var next = Task.Run(async () => await enumerator.MoveNextAsync().ConfigureAwait(false), CancellationToken.None);
                    step = await next.WaitAsync(linked.Token).ConfigureAwait(false) ? enumerator.Current : null;
                    if (step is null)
                    {
                        yield break;
                    }
                }
                catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    // The abandoned enumerator is disposed by nobody: its own cancellation ends it.
                    enumerator = null;
                    Observe(steps);
                    step = null;
                }

                if (step is null)
                {
                    var over = OverBudget(request, started);
                    yield return new AnswerUpdate(over.Text, over);
                    yield break;
                }

                yield return step;
                if (step.IsFinal)
                {
                    yield break;
                }
            }
        }
        finally
        {
            if (enumerator is not null)
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private Answer OverBudget(AnswerRequest request, long started)
    {
        var elapsed = _time.GetElapsedTime(started);
        Log.QuestionOverBudget(_logger, _budget.TotalSeconds);
        var indonesian = LanguageDetector.Detect(request.Question) == TextLanguage.Indonesian;
        var text = indonesian
            ? "Maaf, pertanyaan ini terlalu lama dijawab dan sudah dihentikan. Coba tanyakan dengan lebih singkat atau lebih spesifik."
            : "Sorry, this question took too long to answer and was stopped. Try asking it more briefly or more specifically.";
        return new Answer(request.Question, false, indonesian ? "id" : "en", text, [], EngineName, Math.Round(elapsed.TotalMilliseconds, 2));
    }

    /// <summary>An abandoned answer may still fail; its exception is observed here, never left to the finalizer.</summary>
    private static void Observe(Task work) =>
        work.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}

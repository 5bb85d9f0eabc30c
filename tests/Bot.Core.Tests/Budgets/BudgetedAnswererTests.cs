using System.Runtime.CompilerServices;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Budgets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Budgets;

public sealed class BudgetedAnswererTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task AnswerAsync_SlowStep_IsCutOffWithAClearMessageAndTheNextQuestionIsAnswered()
    {
        var time = new FakeTimeProvider();
        var inner = new SlowAnswerer();
        var answerer = new BudgetedAnswerer(inner, Budget, time, NullLogger.Instance);

        var slow = answerer.AnswerAsync(new AnswerRequest("When did Austin last call Shoigu? (slow)"), CancellationToken.None);
        await inner.Started.Task;
        time.Advance(Budget - TimeSpan.FromMilliseconds(1));
        Assert.False(slow.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var answer = await slow;

        Assert.False(answer.Answered);
        Assert.Equal(BudgetedAnswerer.EngineName, answer.Engine);
        Assert.Contains("took too long", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
        await inner.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the slow step's token is cancelled

        var next = await answerer.AnswerAsync(new AnswerRequest("When did Austin last call Shoigu?"), CancellationToken.None);
        Assert.Equal("fast answer", next.Text);
    }

    [Fact]
    public async Task AnswerAsync_SynchronousStepThatIgnoresItsToken_IsStillCutOff()
    {
        var time = new FakeTimeProvider();
        using var release = new ManualResetEventSlim();
        using var started = new ManualResetEventSlim();
        var inner = new BlockingAnswerer(started, release);
        var answerer = new BudgetedAnswerer(inner, Budget, time, NullLogger.Instance);

        var slow = answerer.AnswerAsync(new AnswerRequest("Kapan Austin terakhir menelepon Shoigu?"), CancellationToken.None);
        started.Wait();
        time.Advance(Budget);
        var answer = await slow;
        release.Set();

        Assert.Equal("id", answer.Language);
        Assert.Contains("terlalu lama", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerStreamingAsync_StreamThatStalls_EndsWithTheOverBudgetAnswer()
    {
        var time = new FakeTimeProvider();
        var inner = new SlowAnswerer();
        var answerer = new BudgetedAnswerer(inner, Budget, time, NullLogger.Instance);
        var steps = new List<AnswerUpdate>();

        var reading = Task.Run(async () =>
        {
            await foreach (var step in answerer.AnswerStreamingAsync(new AnswerRequest("q (slow)"), CancellationToken.None))
            {
                steps.Add(step);
            }
        });
        await inner.Started.Task;
        time.Advance(Budget);
        await reading;

        Assert.Equal("Austin", steps[0].Text);
        Assert.True(steps[^1].IsFinal);
        Assert.Equal(BudgetedAnswerer.EngineName, steps[^1].Final!.Engine);
    }

    [Fact]
    public async Task AnswerStreamingAsync_WithinBudget_PassesEveryStepThrough()
    {
        var answerer = new BudgetedAnswerer(new SlowAnswerer(), Budget, new FakeTimeProvider(), NullLogger.Instance);
        var steps = new List<AnswerUpdate>();

        await foreach (var step in answerer.AnswerStreamingAsync(new AnswerRequest("q"), CancellationToken.None))
        {
            steps.Add(step);
        }

        Assert.Equal(["Austin", "Austin called", "fast answer"], steps.Select(s => s.Text));
        Assert.Equal("fast answer", steps[^1].Final!.Text);
    }

    [Fact]
    public async Task AnswerAsync_CallerCancels_IsCancellationNotAnOverBudgetAnswer()
    {
        var inner = new SlowAnswerer();
        var answerer = new BudgetedAnswerer(inner, Budget, new FakeTimeProvider(), NullLogger.Instance);
        using var stop = new CancellationTokenSource();

        var slow = answerer.AnswerAsync(new AnswerRequest("q (slow)"), stop.Token);
        await inner.Started.Task;
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow);
    }

    private static Answer Final(string question, string text) => new(question, true, "en", text, [], "test", 0);

    /// <summary>Answers at once unless the question says "(slow)"; then it waits until its token is cancelled.</summary>
    private sealed class SlowAnswerer : IStreamingAnswerer
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
        {
            if (request.Question.EndsWith("(slow)", StringComparison.Ordinal))
            {
                await WaitForeverAsync(cancellationToken);
            }

            return Final(request.Question, "fast answer");
        }

        public async IAsyncEnumerable<AnswerUpdate> AnswerStreamingAsync(AnswerRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new AnswerUpdate("Austin", null);
            if (request.Question.EndsWith("(slow)", StringComparison.Ordinal))
            {
                await WaitForeverAsync(cancellationToken);
            }

            yield return new AnswerUpdate("Austin called", null);
            yield return new AnswerUpdate("fast answer", Final(request.Question, "fast answer"));
        }

        private async Task WaitForeverAsync(CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }
        }
    }

    /// <summary>A synchronous engine that never looks at its token.</summary>
    private sealed class BlockingAnswerer(ManualResetEventSlim started, ManualResetEventSlim release) : IAnswerer
    {
        public Task<Answer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
        {
            started.Set();
            release.Wait(CancellationToken.None);
            return Task.FromResult(Final(request.Question, "late"));
        }
    }
}

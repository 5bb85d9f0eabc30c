using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Extractive;
using Bot.Core.Search;
using Bot.Hosting;
using Bot.Tests.Commands;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Indexing;

/// <summary>A reload of the articles never holds up answers: they use the previous index until the new one is whole.</summary>
public sealed class ReloadWhileAnsweringTests : IDisposable
{
    /// <summary>Only a bound against a hang; the test's verdict never depends on time.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    private readonly TempFolder _articles = new();

    public void Dispose() => _articles.Dispose();

    [Fact]
    public async Task Answer_WhileAReloadIsBlockedMidBuild_CompletesFromThePreviousIndex()
    {
        foreach (var file in Directory.GetFiles(BotRun.ArticlesFolder))
        {
            File.Copy(file, Path.Combine(_articles.Path, Path.GetFileName(file)));
        }

        using var generator = new GatedEmbeddingGenerator();
        var provider = new KnowledgeBaseProvider(
            Options.Create(new ArticlesOptions { Path = _articles.Path }),
            new HostingEnvironment { ContentRootPath = _articles.Path },
            NullLogger<Bot.Core.Articles.ArticleLoader>.Instance,
            NullLogger<KnowledgeBaseProvider>.Instance,
            generator);
        var before = provider.Current;
        var answerer = new ExtractiveAnswerer(provider);

        // A new article arrives; the reload stops inside its passage embeddings until released.
        _articles.Write("new-article.txt", "Banjir Besar Melanda Kota Tepi Sungai\n\nBanjir besar melanda kota itu pada Senin (3/10/2022). Ribuan warga mengungsi ke gedung sekolah.");
        generator.Close();
        var reload = Task.Run(provider.Reload);
        Assert.Same(generator.Entered, await Task.WhenAny(generator.Entered, Task.Delay(HangGuard)));

        var answering = answerer.AnswerAsync(new AnswerRequest("When did Austin last call Shoigu?"), CancellationToken.None);
        Assert.Same(answering, await Task.WhenAny(answering, Task.Delay(HangGuard)));

        var answer = await answering;
        Assert.True(answer.Answered);
        Assert.False(reload.IsCompleted);
        Assert.Same(before, provider.Current);
        Assert.DoesNotContain(provider.Current.Articles, a => a.Id == "new-article");

        generator.Open();
        var after = await reload;
        Assert.Same(after, provider.Current);
        Assert.Contains(after.Articles, a => a.Id == "new-article");
    }

    /// <summary>Embeds like the hashed embedder, but holds passage batches while closed; questions always pass.</summary>
    private sealed class GatedEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly HashedNgramEmbedder _inner = new();
        private readonly ManualResetEventSlim _open = new(initialState: true);
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private bool _closed;

        public Task Entered => _entered.Task;

        public void Close()
        {
            _closed = true;
            _open.Reset();
        }

        public void Open() => _open.Set();

        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (_closed && !EmbeddingInput.IsQuery(options))
            {
                _entered.TrySetResult();
                _open.Wait(HangGuard, cancellationToken);
            }

            return await _inner.GenerateAsync(values, options, cancellationToken);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() => _open.Dispose();
    }
}

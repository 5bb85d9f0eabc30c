using Bot.Bench.Embeddings;
using Bot.Core.Search;
using Bot.Embeddings.Onnx;
using Microsoft.Extensions.AI;

namespace Bot.Tests.Embeddings;

/// <summary>The in-process generator on a real model: snowflake-arctic-embed-xs out of its NuGet package.</summary>
public sealed class OnnxEmbeddingGeneratorTests : IClassFixture<OnnxEmbeddingGeneratorTests.Model>
{
    private readonly OnnxEmbeddingGenerator _generator;

    public OnnxEmbeddingGeneratorTests(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _generator = model.Generator;
    }

    [Fact]
    public async Task Generate_GivesOneUnitVectorOf384PerText()
    {
        var embeddings = await _generator.GenerateAsync(["The minister called his counterpart.", "Short.", ""]);

        Assert.Equal(3, embeddings.Count);
        Assert.All(embeddings, e =>
        {
            Assert.Equal(384, e.Vector.Length);
            Assert.Equal(1.0, Norm(e.Vector.Span), 4);
        });
        Assert.Equal(384, _generator.Dimensions);
    }

    [Fact]
    public async Task Generate_ScoresAParaphraseAboveAnUnrelatedSentence()
    {
        var embeddings = await _generator.GenerateAsync(
        [
            "The US defence secretary spoke with the Russian defence minister by phone.",
            "Pentagon chief Austin held a telephone call with Russia's Shoigu.",
            "The recipe needs two cups of flour and a pinch of salt.",
        ]);

        var paraphrase = Dot(embeddings[0].Vector.Span, embeddings[1].Vector.Span);
        var unrelated = Dot(embeddings[0].Vector.Span, embeddings[2].Vector.Span);
        Assert.True(paraphrase > unrelated + 0.1, $"paraphrase {paraphrase:0.000}, unrelated {unrelated:0.000}");
    }

    [Fact]
    public async Task Generate_QuestionFindsItsPassageBestAmongOthers()
    {
        var passages = await _generator.GenerateAsync(
        [
            "Heavy rain flooded several districts of the capital on Monday.",
            "Austin and Shoigu discussed the war in Ukraine in a phone call on Friday.",
            "The central bank kept its interest rate unchanged.",
        ], EmbeddingInput.Passage);
        var question = (await _generator.GenerateAsync(["When did Austin talk to Shoigu?"], EmbeddingInput.Query))[0];

        var scores = passages.Select(p => Dot(question.Vector.Span, p.Vector.Span)).ToList();
        Assert.Equal(1, scores.IndexOf(scores.Max()));
    }

    [Fact]
    public async Task Generate_BatchesAndSingleTextsAgree()
    {
        // Sorting by length and padding within a batch must not change a text's vector.
        var texts = new[] { "A long sentence about the defence ministers and the war in Ukraine, with many words.", "Brief.", "A middle-length sentence here." };
        var together = await _generator.GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var alone = (await _generator.GenerateAsync([texts[i]]))[0];
            Assert.True(Dot(alone.Vector.Span, together[i].Vector.Span) > 0.9999, $"text {i}");
        }
    }

    [Fact]
    public async Task Generate_QueryPrefixChangesOnlyQuestions()
    {
        var text = "phone call between defence ministers";
        var passage = (await _generator.GenerateAsync([text], EmbeddingInput.Passage))[0];
        var unmarked = (await _generator.GenerateAsync([text]))[0];
        var query = (await _generator.GenerateAsync([text], EmbeddingInput.Query))[0];

        Assert.True(Dot(passage.Vector.Span, unmarked.Vector.Span) > 0.9999);
        Assert.True(Dot(passage.Vector.Span, query.Vector.Span) < 0.999);
    }

    [Fact]
    public void Options_NameTheKeyOfEveryProblem()
    {
        var options = new OnnxEmbeddingOptions { OnnxModelPath = "/nowhere/model.onnx", MaxTokens = 1, BatchSize = 0 };

        var problems = options.Problems();

        Assert.Contains(problems, p => p.StartsWith("Ai:Embeddings:OnnxModelPath", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Ai:Embeddings:VocabPath", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Ai:Embeddings:MaxTokens", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Ai:Embeddings:BatchSize", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new OnnxEmbeddingGenerator(options));
    }

    [Fact]
    public void Constructor_RefusesAFileThatIsNotAModel()
    {
        using var folder = new Commands.TempFolder();
        var model = Path.Combine(folder.Path, "model.onnx");
        File.WriteAllText(model, "not a model");
        File.Copy(PackagedArcticModel.Options().VocabPath!, Path.Combine(folder.Path, "vocab.txt"));

        var error = Assert.Throws<InvalidOperationException>(() => new OnnxEmbeddingGenerator(new OnnxEmbeddingOptions { OnnxModelPath = model }));

        Assert.StartsWith("Ai:Embeddings:OnnxModelPath", error.Message, StringComparison.Ordinal);
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Norm(ReadOnlySpan<float> a) => Math.Sqrt(Dot(a, a));

    /// <summary>One model session for the class: loading it takes a second.</summary>
    public sealed class Model : IDisposable
    {
        public Model() => Generator = new OnnxEmbeddingGenerator(PackagedArcticModel.Options());

        public OnnxEmbeddingGenerator Generator { get; }

        public void Dispose() => Generator.Dispose();
    }
}

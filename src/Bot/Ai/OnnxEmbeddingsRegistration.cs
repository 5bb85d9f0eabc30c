using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Bot.Core.Embeddings;
using Bot.Embeddings.Onnx;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Ai;

/// <summary>
/// Registers the in-process ONNX embedding model of section "Ai:Embeddings", cached on disk like a
/// remote model's vectors. Kept apart, and called only when a model path is set, so that ONNX
/// Runtime's assemblies are loaded only then.
/// </summary>
internal static class OnnxEmbeddingsRegistration
{
    public static bool IsConfigured(IConfiguration configuration)
        => !string.IsNullOrWhiteSpace(configuration[$"{OnnxEmbeddingOptions.SectionName}:{nameof(OnnxEmbeddingOptions.OnnxModelPath)}"]);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Add(IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, string, string> resolvePath, string cachePath)
    {
        services.AddOptions<OnnxEmbeddingOptions>()
            .Bind(configuration.GetSection(OnnxEmbeddingOptions.SectionName))
            .PostConfigure<IServiceProvider>((o, sp) =>
            {
                o.OnnxModelPath = resolvePath(sp, o.OnnxModelPath!);
                o.VocabPath = string.IsNullOrWhiteSpace(o.VocabPath) ? null : resolvePath(sp, o.VocabPath);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<OnnxEmbeddingOptions>, ProblemsValidator>();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<OnnxEmbeddingOptions>>().Value;
            OnnxEmbeddingGenerator model;
            try
            {
                model = new OnnxEmbeddingGenerator(options);
            }
            catch (InvalidOperationException e)
            {
                // A file ONNX Runtime cannot use is a configuration error: reported like one, naming the key.
                throw new OptionsValidationException(OnnxEmbeddingOptions.SectionName, typeof(OnnxEmbeddingOptions), [e.Message]);
            }

            return model.AsBuilder()
                .UseDiskCache(resolvePath(sp, cachePath), CacheName(options))
                .UseLogging()
                .Build(sp);
        });
    }

    /// <summary>
    /// The cache file's name: the model file's name, size and time, and a hash of the settings
    /// that change its vectors, so a replaced model or a changed prefix never reads old vectors.
    /// </summary>
    private static string CacheName(OnnxEmbeddingOptions options)
    {
        var file = new FileInfo(options.OnnxModelPath!);
        var settings = string.Join('\u0000', options.Pooling, options.QueryPrefix, options.PassagePrefix, options.LowerCase, options.MaxTokens, options.ResolveVocabPath());
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(settings)))[..12];
        return string.Create(CultureInfo.InvariantCulture, $"onnx-{Path.GetFileNameWithoutExtension(file.Name)}-{file.Length:x}-{file.LastWriteTimeUtc.Ticks:x}-{hash}");
    }

    /// <summary>Names every problem of the section, each with its key.</summary>
    private sealed class ProblemsValidator : IValidateOptions<OnnxEmbeddingOptions>
    {
        public ValidateOptionsResult Validate(string? name, OnnxEmbeddingOptions options)
            => options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

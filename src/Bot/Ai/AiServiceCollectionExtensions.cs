using System.ClientModel;
using System.ClientModel.Primitives;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answers.Grounded;
using Bot.Core.Articles;
using Bot.Core.ChatModels;
using Bot.Core.Conversations;
using Bot.Core.Embeddings;
using Bot.Core.Prompts;
using Bot.Core.Search;
using Bot.Core.Summaries;
using Bot.State;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Bot.Ai;

/// <summary>Composition of the chat-model path and of conversation memory.</summary>
internal static class AiServiceCollectionExtensions
{
    /// <summary>Service key under which the answerer registered before <see cref="AddChatModel"/> (the extractive one) stays available.</summary>
    public const string ExtractiveAnswererKey = "extractive";

    /// <summary>Service key under which an <see cref="IChatClient"/> registered before <see cref="AddChatModel"/> (any provider) stays available.</summary>
    public const string CustomChatClientKey = "custom";

    /// <summary>Activity source of the model requests' OpenTelemetry traces (gen_ai.* semantic conventions).</summary>
    public const string TelemetrySource = "Bot.Ai";

    /// <summary>Log category of the chat model's availability (outage warnings).</summary>
    private const string ChatModelLogCategory = "Bot.Ai.ChatModel";

    /// <summary>
    /// Reads section "Ai" (validated at start-up) and decorates the already registered
    /// <see cref="IAnswerer"/>: always with conversation memory (SQLite at State:Path) and
    /// follow-up rewriting; with Ai:ChatModel also with the grounded model answerer, which falls
    /// back to the registered answerer on any fault. With Ai:EmbeddingModel it registers an
    /// <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> cached on disk.
    /// Needs <see cref="IAnswerer"/>, and for a chat model <see cref="IPassageRetriever"/> and
    /// <see cref="IArticleCatalog"/>, registered as singletons beforehand.
    /// </summary>
    public static IServiceCollection AddChatModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(AiOptions.SectionName);
        var custom = MoveToKey(services, typeof(IChatClient), CustomChatClientKey);
        services.AddOptionsWithValidateOnStart<AiOptions, AiOptionsValidator>()
            .Bind(section)
            .PostConfigure(o => o.UsesCustomChatClient = custom);
        var ai = section.Get<AiOptions>() ?? new AiOptions();
        ai.UsesCustomChatClient = custom;

        services.TryAddSingleton(TimeProvider.System);
        services.AddConversationMemory(configuration, ConversationLimits.TurnsPerConversation, AiDefaults.MaxStoredTurns);

        if ((ai.UsesChatModel && !custom) || ai.UsesEmbeddingModel)
        {
            services.TryAddSingleton(sp => CreateOpenAiClient(sp.GetRequiredService<IOptions<AiOptions>>().Value));
        }

        if (ai.UsesChatModel)
        {
            AddChatClient(services, ai, configuration);
        }
        else
        {
            services.TryAddSingleton<IFollowUpRewriter, RuleFollowUpRewriter>();
        }

        if (OnnxEmbeddingsRegistration.IsConfigured(configuration))
        {
            if (ai.UsesEmbeddingModel)
            {
                throw new OptionsValidationException(AiOptions.SectionName, typeof(AiOptions), ["Set either Ai:EmbeddingModel (a remote model) or Ai:Embeddings:OnnxModelPath (a local one), not both."]);
            }

            OnnxEmbeddingsRegistration.Add(services, configuration, ResolvePath, ai.EmbeddingCachePath);
        }
        else if (ai.UsesEmbeddingModel)
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<OpenAIClient>().GetEmbeddingClient(ai.EmbeddingModel!).AsIEmbeddingGenerator()
                .AsBuilder()
                .UseDiskCache(ResolvePath(sp, ai.EmbeddingCachePath), ai.EmbeddingModel!)
                .UseLogging()
                .UseOpenTelemetry(NullLoggerFactory.Instance, TelemetrySource)
                .UseBatches(ai.EmbeddingBatchSize)
                .Build(sp));
        }

        DecorateAnswerer(services, ai);
        return services;
    }

    private static void AddChatClient(IServiceCollection services, AiOptions ai, IConfiguration configuration)
    {
        services.TryAddSingleton(sp =>
        {
            var prompts = new PromptFunctions(
                ResolvePath(sp, ai.PromptsPath),
                [PromptNames.Answer, PromptNames.FollowUp, PromptNames.Summarize],
                sp.GetRequiredService<ILogger<PromptFunctions>>());
            prompts.Load();
            return prompts;
        });
        services.TryAddSingleton<IPromptFunctions>(sp => sp.GetRequiredService<PromptFunctions>());
        services.AddHostedService<PromptFunctionsStartup>();
        services.TryAddSingleton(sp => ChatPipeline(sp, ai));
        services.TryAddSingleton(sp => ChatKernel.Create(sp.GetRequiredService<IChatClient>(), sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton<IFollowUpRewriter>(sp => new ChatFollowUpRewriter(
            sp.GetRequiredService<Kernel>(),
            sp.GetRequiredService<IPromptFunctions>(),
            sp.GetRequiredService<ILogger<ChatFollowUpRewriter>>()));

        // Replaces the extractive writer whichever was registered first; it stays the fallback.
        services.AddSingleton<IStorySummaryWriter>(sp => new ChatStorySummaryWriter(
            sp.GetRequiredService<Kernel>(),
            sp.GetRequiredService<IPromptFunctions>(),
            new ExtractiveStorySummaryWriter(),
            configuration[AiDefaults.DigestLanguageKey] is { Length: > 0 } language ? language.Trim() : null,
            sp.GetRequiredService<ILogger<ChatStorySummaryWriter>>()));
    }

    /// <summary>Moves the last unkeyed registration of a service under a key, so that a decorator can take its place; false when there is none.</summary>
    private static bool MoveToKey(IServiceCollection services, Type serviceType, string key)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == serviceType && !d.IsKeyedService);
        if (registered is null)
        {
            return false;
        }

        services.Remove(registered);
        services.Add(registered.ImplementationInstance is { } instance
            ? ServiceDescriptor.KeyedSingleton(serviceType, key, instance)
            : registered.ImplementationFactory is { } factory
                ? new ServiceDescriptor(serviceType, key, (sp, _) => factory(sp), registered.Lifetime)
                : new ServiceDescriptor(serviceType, key, registered.ImplementationType!, registered.Lifetime));
        return true;
    }

    /// <summary>Moves the registered answerer under <see cref="ExtractiveAnswererKey"/> and puts the decorated chain in its place.</summary>
    private static void DecorateAnswerer(IServiceCollection services, AiOptions ai)
    {
        if (!MoveToKey(services, typeof(IAnswerer), ExtractiveAnswererKey))
        {
            throw new InvalidOperationException("Register the extractive IAnswerer before calling AddChatModel.");
        }

        services.AddSingleton<IStreamingAnswerer>(sp =>
        {
            // Validates the section even when a command resolves the answerer without starting the host.
            _ = sp.GetRequiredService<IOptions<AiOptions>>().Value;
            var extractive = sp.GetRequiredKeyedService<IAnswerer>(ExtractiveAnswererKey);
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.Ai.Answers");
            var memory = sp.GetRequiredService<IConversationMemory>();
            var answerer = extractive;
            if (ai.UsesChatModel)
            {
                var grounded = new GroundedAnswerer(
                    sp.GetRequiredService<Kernel>(),
                    sp.GetRequiredService<IPromptFunctions>(),
                    sp.GetRequiredService<IPassageRetriever>(),
                    sp.GetRequiredService<IArticleCatalog>(),
                    extractive,
                    memory,
                    new GroundedAnswerOptions(ai.ChatModel!) { ArticleSearchTool = ai.ArticleSearchTool },
                    sp.GetRequiredService<ILogger<GroundedAnswerer>>());
                answerer = grounded;
            }

            return answerer.UseConversation(memory, sp.GetRequiredService<IFollowUpRewriter>(), sp.GetRequiredService<TimeProvider>(), logger);
        });
        services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<IStreamingAnswerer>());
    }

    /// <summary>
    /// The chat model as every caller sees it, outermost first: model faults become one
    /// <see cref="ChatModelUnavailableException"/> (one warning per outage); each request is
    /// logged (contents at trace only) and traced; each request is bounded in time; the output
    /// limit goes in the field the endpoint reads. The model's tool calls are run in between, so
    /// each round trip is bounded and logged on its own.
    /// </summary>
    private static IChatClient ChatPipeline(IServiceProvider sp, AiOptions ai)
    {
        var model = ai.UsesCustomChatClient
            ? sp.GetRequiredKeyedService<IChatClient>(CustomChatClientKey)
            : sp.GetRequiredService<OpenAIClient>().GetChatClient(ai.ChatModel!).AsIChatClient();
        var builder = model.AsBuilder()
            .UseFallback(sp.GetRequiredService<ILoggerFactory>().CreateLogger(ChatModelLogCategory))

            // Runs the model's calls of Kernel plugins (articles.search) through Semantic Kernel's filters.
            .UseKernelFunctionInvocation(NullLoggerFactory.Instance)
            .UseLogging()

            // Traces and metrics only: the fallback client already logs an outage once, not per request.
            .UseOpenTelemetry(NullLoggerFactory.Instance, TelemetrySource)
            .UseTimeout(TimeSpan.FromSeconds(ai.TimeoutSeconds));
        if (ai.SendsMaxTokens && !ai.UsesCustomChatClient)
        {
            builder.Use(inner => new MaxTokensChatClient(inner));
        }

        var pipeline = builder.Build(sp);
        pipeline.GetService<FunctionInvokingChatClient>()!.MaximumIterationsPerRequest = AiDefaults.MaxToolRounds;
        return pipeline;
    }

    private static OpenAIClient CreateOpenAiClient(AiOptions ai)
    {
        var options = new OpenAIClientOptions
        {
            NetworkTimeout = TimeSpan.FromSeconds(ai.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(ai.MaxRetries),
        };
        if (EndpointOf(ai) is { } endpoint)
        {
            options.Endpoint = endpoint;
        }

        var key = string.IsNullOrWhiteSpace(ai.ApiKey) ? AiDefaults.NoApiKey : ai.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), options);
    }

    private static Uri? EndpointOf(AiOptions ai)
        => string.IsNullOrWhiteSpace(ai.Endpoint) ? null : new Uri(ai.Endpoint, UriKind.Absolute);

    /// <summary>A relative path is taken from the content root (the repository root when run from there).</summary>
    private static string ResolvePath(IServiceProvider services, string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var root = services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, path));
    }
}

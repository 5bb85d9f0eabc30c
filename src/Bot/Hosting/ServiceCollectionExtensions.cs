using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Options;
using Bot.Core.Articles;
using Bot.Core.Budgets;
using Bot.Corpus;
using Bot.State;
using Bot.State.Corpus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>The answer engine: articles folder, knowledge base and the embedded extractive answerer.</summary>
    public static IServiceCollection AddArticleBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ArticlesOptions>()
            .Bind(configuration.GetSection(ArticlesOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => o.Source != ArticleSourceKind.Postgres || StateServiceCollectionExtensions.ProviderOf(configuration) == StateProvider.Postgres,
                "Articles:Source=postgres reads the articles table of the state database: set State:Provider=postgres and State:ConnectionString.")
            .ValidateOnStart();
        if (SourceOf(configuration) == ArticleSourceKind.Postgres)
        {
            services.AddBotState(configuration);
            services.AddSingleton<IArticleSource>(sp =>
            {
                // Validated first: with SQLite state there is no table, and the message says what to set.
                _ = sp.GetRequiredService<IOptions<ArticlesOptions>>().Value;
                return new TableArticleSource(
                    sp.GetRequiredService<IArticleTable>(),
                    new ArticleLoader(sp.GetRequiredService<ILogger<ArticleLoader>>(), sp.GetService<IOptions<BudgetOptions>>()?.Value.Article));
            });
        }

        services.AddOptions<QuestionOptions>()
            .Bind(configuration.GetSection(QuestionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<AnswerOptions>()
            .Bind(configuration.GetSection(AnswerOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnswerOptions>, AnswerOptionsValidator>();
        services.AddSingleton<KnowledgeBaseProvider>();

        // The one seam; the catalog and retriever registrations are views that follow it.
        services.AddSingleton<IKnowledgeBaseSource>(sp => sp.GetRequiredService<KnowledgeBaseProvider>());
        services.AddSingleton(sp => sp.GetRequiredService<IKnowledgeBaseSource>().Catalog());
        services.AddSingleton(sp => sp.GetRequiredService<IKnowledgeBaseSource>().Retriever());
        services.AddSingleton<ExtractiveAnswerer>(sp => new ExtractiveAnswerer(
            sp.GetRequiredService<IKnowledgeBaseSource>(),
            sp.GetRequiredService<IOptions<AnswerOptions>>().Value,
            sp.GetRequiredService<ILogger<ExtractiveAnswerer>>()));
        services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        return services;
    }

    /// <summary>Articles:Source, read while composing (the services differ by source); an unknown value is reported by validation at start-up.</summary>
    public static ArticleSourceKind SourceOf(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[$"{ArticlesOptions.Section}:{nameof(ArticlesOptions.Source)}"];
        return Enum.TryParse<ArticleSourceKind>(value, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : ArticleSourceKind.Folder;
    }
}

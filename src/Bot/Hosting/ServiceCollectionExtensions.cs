using Bot.Core;
using Bot.Core.Answering.Contracts;
using Bot.Core.Answering.Extractive;
using Bot.Core.Answering.Options;
using Bot.Core.Articles;
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
            .ValidateOnStart();
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
}

using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>The Semantic Kernel that runs the prompt functions: its chat service is the configured chat pipeline.</summary>
public static class ChatKernel
{
    /// <summary>A kernel over <paramref name="chat"/> with the render guard and the invocation log.</summary>
    public static Kernel Create(IChatClient chat, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Bot.Ai.Prompts");
        var services = new ServiceCollection()
            .AddSingleton(chat.GetService<ChatClientMetadata>() is null ? new DescribedChatClient(chat) : chat)
            .AddSingleton<IPromptRenderFilter>(new PromptRenderGuard(logger))
            .AddSingleton<IFunctionInvocationFilter>(new FunctionInvocationLog(logger))
            .BuildServiceProvider();
        return new Kernel(services);
    }

    /// <summary>SK needs a chat client to describe itself; a custom client that does not is described as unnamed.</summary>
    private sealed class DescribedChatClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        private readonly ChatClientMetadata _metadata = new("custom");

        public override object? GetService(Type serviceType, object? serviceKey = null)
            => serviceType == typeof(ChatClientMetadata) && serviceKey is null ? _metadata : base.GetService(serviceType, serviceKey);
    }
}

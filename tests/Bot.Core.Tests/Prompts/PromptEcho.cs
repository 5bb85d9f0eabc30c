using Bot.Core.Tests.Answers.Grounded;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace Bot.Core.Tests.Prompts;

/// <summary>Invokes a prompt function through a kernel whose model records the messages, as the model would receive them.</summary>
internal static class PromptEcho
{
    public static async Task<IReadOnlyList<ChatMessage>> MessagesAsync(KernelFunction function, KernelArguments arguments)
    {
        var model = new ScriptedChatClient(messages => messages[^1].Text);
        await function.InvokeAsync(Bot.Core.Prompts.ChatKernel.Create(model), arguments);
        return model.Requests.Single();
    }

    public static async Task<string> TextAsync(KernelFunction function, KernelArguments arguments)
        => string.Join("\n", (await MessagesAsync(function, arguments)).Select(m => m.Text));
}

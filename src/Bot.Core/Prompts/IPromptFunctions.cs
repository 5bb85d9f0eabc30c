using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>The prompt files currently loaded, each as a Semantic Kernel function, by file name without extension.</summary>
internal interface IPromptFunctions
{
    KernelFunction Get(string name);
}

namespace Bot.Core.Prompts;

/// <summary>The prompt templates currently loaded, by file name without extension.</summary>
internal interface IPromptCatalog
{
    PromptTemplate Get(string name);
}

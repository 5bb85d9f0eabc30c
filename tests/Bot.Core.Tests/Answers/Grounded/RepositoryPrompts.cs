using Bot.Core.Prompts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Core.Tests.Answers.Grounded;

/// <summary>The prompt files of this repository, so that tests exercise the prompts the bot ships.</summary>
internal static class RepositoryPrompts
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above the test binaries."), "prompts");
        }
    }

    public static PromptFunctions Load()
    {
        var prompts = new PromptFunctions(Directory, [PromptNames.Answer, PromptNames.Summarize, PromptNames.FollowUp], NullLogger<PromptFunctions>.Instance);
        prompts.Load();
        return prompts;
    }
}

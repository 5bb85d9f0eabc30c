using Bot.Core.Prompts;
using Bot.Core.Tests.Answers.Grounded;
using Microsoft.SemanticKernel;

namespace Bot.Core.Tests.Prompts;

public sealed class PromptFunctionsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("prompts-").FullName;

    [Fact]
    public async Task Load_ValidFolder_ServesPromptsByFileName()
    {
        Write("answer", "Answer {{question}}");
        using var prompts = Prompts();

        prompts.Load();

        Assert.Equal("Answer why", await PromptEcho.TextAsync(prompts.Get("answer"), new KernelArguments { ["question"] = "why" }));
    }

    [Fact]
    public void Load_RequiredPromptMissing_NamesTheFile()
    {
        Write("summarize", "Summarize");
        using var prompts = Prompts();

        var error = Assert.Throws<PromptTemplateException>(prompts.Load);

        Assert.Equal(Path.Combine(_directory, "answer.yaml"), error.FilePath);
        Assert.Contains("missing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidPrompt_NamesTheFile()
    {
        Write("answer", "Answer {{#if question}}");
        using var prompts = Prompts();

        var error = Assert.Throws<PromptTemplateException>(prompts.Load);

        Assert.Equal(Path.Combine(_directory, "answer.yaml"), error.FilePath);
        Assert.Contains("Handlebars", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_InvalidEdit_KeepsThePreviousPrompts()
    {
        Write("answer", "Answer {{question}}");
        var logger = new ListLogger<PromptFunctions>();
        using var prompts = new PromptFunctions(_directory, ["answer"], logger);
        prompts.Load();
        File.WriteAllText(Path.Combine(_directory, "answer.yaml"), "name: answer\ntemplate_format: jinja2\ntemplate: x\n");

        var reloaded = prompts.Reload();

        Assert.False(reloaded);
        Assert.Equal("Answer 1", await PromptEcho.TextAsync(prompts.Get("answer"), new KernelArguments { ["question"] = "1" }));
        Assert.Contains(logger.Entries, e => e.Id.Id == 4001 && e.Message.Contains("answer.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Watch_FileEdited_ServesTheNewPromptWithoutRestart()
    {
        Write("answer", "Answer {{question}}");
        using var prompts = Prompts();
        prompts.Load();
        prompts.Watch();

        Write("answer", "Reply {{question}}");
        var rendered = string.Empty;
        for (var attempt = 0; attempt < 100 && rendered != "Reply 1"; attempt++)
        {
            await Task.Delay(50);
            rendered = await PromptEcho.TextAsync(prompts.Get("answer"), new KernelArguments { ["question"] = "1" });
        }

        Assert.Equal("Reply 1", rendered);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PromptFunctions Prompts() => new(_directory, ["answer"], new ListLogger<PromptFunctions>());

    private void Write(string name, string template)
        => File.WriteAllText(Path.Combine(_directory, name + ".yaml"), $"name: {name}\ntemplate_format: handlebars\ntemplate: \"{template}\"\n");
}

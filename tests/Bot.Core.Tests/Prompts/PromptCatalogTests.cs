using Bot.Core.Prompts;
using Bot.Core.Tests.Answers.Grounded;

namespace Bot.Core.Tests.Prompts;

public sealed class PromptCatalogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("prompts-").FullName;

    [Fact]
    public void Load_ValidFolder_ServesPromptsByFileName()
    {
        Write("answer", "Answer {{question}}");
        using var catalog = Catalog();

        catalog.Load();

        Assert.Equal("Answer why", catalog.Get("answer").RenderText(new Dictionary<string, object?> { ["question"] = "why" }));
    }

    [Fact]
    public void Load_RequiredPromptMissing_NamesTheFile()
    {
        Write("summarize", "Summarize");
        using var catalog = Catalog();

        var error = Assert.Throws<PromptTemplateException>(catalog.Load);

        Assert.Equal(Path.Combine(_directory, "answer.yaml"), error.FilePath);
        Assert.Contains("missing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidPrompt_NamesTheFile()
    {
        Write("answer", "Answer {{#if question}}");
        using var catalog = Catalog();

        var error = Assert.Throws<PromptTemplateException>(catalog.Load);

        Assert.Equal(Path.Combine(_directory, "answer.yaml"), error.FilePath);
    }

    [Fact]
    public void Reload_InvalidEdit_KeepsThePreviousPrompts()
    {
        Write("answer", "Answer {{question}}");
        var logger = new ListLogger<PromptCatalog>();
        using var catalog = new PromptCatalog(_directory, ["answer"], logger);
        catalog.Load();
        File.WriteAllText(Path.Combine(_directory, "answer.yaml"), "name: answer\ntemplate_format: jinja2\ntemplate: x\n");

        var reloaded = catalog.Reload();

        Assert.False(reloaded);
        Assert.Equal("Answer 1", catalog.Get("answer").RenderText(new Dictionary<string, object?> { ["question"] = "1" }));
        Assert.Contains(logger.Entries, e => e.Message.Contains("answer.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_ValidEdit_ServesTheNewPrompt()
    {
        Write("answer", "Answer {{question}}");
        using var catalog = Catalog();
        catalog.Load();
        Write("answer", "Reply {{question}}");

        Assert.True(catalog.Reload());
        Assert.Equal("Reply 1", catalog.Get("answer").RenderText(new Dictionary<string, object?> { ["question"] = "1" }));
    }

    [Fact]
    public async Task Watch_FileEdited_ServesTheNewPromptWithoutRestart()
    {
        Write("answer", "Answer {{question}}");
        using var catalog = Catalog();
        catalog.Load();
        catalog.Watch();

        Write("answer", "Reply {{question}}");
        var rendered = string.Empty;
        for (var attempt = 0; attempt < 100 && rendered != "Reply 1"; attempt++)
        {
            await Task.Delay(50);
            rendered = catalog.Get("answer").RenderText(new Dictionary<string, object?> { ["question"] = "1" });
        }

        Assert.Equal("Reply 1", rendered);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private PromptCatalog Catalog() => new(_directory, ["answer"], new ListLogger<PromptCatalog>());

    private void Write(string name, string template)
        => File.WriteAllText(Path.Combine(_directory, name + ".yaml"), $"name: {name}\ntemplate_format: handlebars\ntemplate: \"{template}\"\n");
}

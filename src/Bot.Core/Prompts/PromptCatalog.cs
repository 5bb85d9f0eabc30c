using Bot.Core.Answers.Grounded;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Prompts;

/// <summary>
/// Loads every <c>*.yaml</c> prompt of a folder. <see cref="Load"/> is strict (start-up fails on
/// the first bad file, naming it); <see cref="Watch"/> reloads on change and keeps the previous
/// prompts when an edited file is invalid, so a typo made while the bot runs does not take it down.
/// </summary>
internal sealed class PromptCatalog : IPromptCatalog, IDisposable
{
    private readonly string _directory;
    private readonly IReadOnlyCollection<string> _required;
    private readonly ILogger _logger;
    private volatile Dictionary<string, PromptTemplate> _templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;

    public PromptCatalog(string directory, IReadOnlyCollection<string> required, ILogger<PromptCatalog> logger)
    {
        _directory = directory;
        _required = required;
        _logger = logger;
    }

    public string Directory => _directory;

    public PromptTemplate Get(string name)
        => _templates.TryGetValue(name, out var template)
            ? template
            : throw new PromptTemplateException(Path.Combine(_directory, name + PromptNames.FileExtension), "no such prompt is loaded");

    /// <summary>Loads and validates all prompts; throws <see cref="PromptTemplateException"/> on the first problem.</summary>
    public void Load() => _templates = ReadAll();

    /// <summary>Reloads whenever a prompt file changes.</summary>
    public void Watch()
    {
        if (_watcher is not null)
        {
            return;
        }

        _watcher = new FileSystemWatcher(_directory, "*" + PromptNames.FileExtension)
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size,
        };
        _watcher.Changed += (_, _) => Reload();
        _watcher.Created += (_, _) => Reload();
        _watcher.Renamed += (_, _) => Reload();
        _watcher.Deleted += (_, _) => Reload();
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Reloads now; an invalid set keeps the previous prompts and logs why.</summary>
    public bool Reload()
    {
        try
        {
            _templates = ReadAll();
            ChatModelLog.PromptsReloaded(_logger, _directory, _templates.Count);
            return true;
        }
        catch (PromptTemplateException ex)
        {
            ChatModelLog.PromptReloadRejected(_logger, ex.Message);
            return false;
        }
    }

    public void Dispose() => _watcher?.Dispose();

    private Dictionary<string, PromptTemplate> ReadAll()
    {
        if (!System.IO.Directory.Exists(_directory))
        {
            throw new PromptTemplateException(_directory, "the prompt folder does not exist");
        }

        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(_directory, "*" + PromptNames.FileExtension).Order(StringComparer.Ordinal))
        {
            templates[Path.GetFileNameWithoutExtension(path)] = PromptTemplateParser.ParseFile(path);
        }

        foreach (var name in _required)
        {
            if (!templates.ContainsKey(name))
            {
                throw new PromptTemplateException(Path.Combine(_directory, name + PromptNames.FileExtension), "the file is missing");
            }
        }

        return templates;
    }
}

using HandlebarsDotNet;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace Bot.Core.Prompts;

/// <summary>
/// Every <c>*.yaml</c> prompt of a folder as a <see cref="KernelFunction"/>. <see cref="Load"/> is
/// strict (start-up fails on the first bad file, naming it); <see cref="Watch"/> reloads on change
/// and keeps the previous prompts when an edited file is invalid, so a typo made while the bot
/// runs does not take it down.
/// </summary>
internal sealed class PromptFunctions : IPromptFunctions, IDisposable
{
    private static readonly HandlebarsPromptTemplateFactory TemplateFactory = new();

    private readonly string _directory;
    private readonly IReadOnlyCollection<string> _required;
    private readonly ILogger _logger;
    private volatile Dictionary<string, KernelFunction> _functions = new(StringComparer.Ordinal);
    private FileSystemWatcher? _watcher;

    public PromptFunctions(string directory, IReadOnlyCollection<string> required, ILogger<PromptFunctions> logger)
    {
        _directory = directory;
        _required = required;
        _logger = logger;
    }

    public string Directory => _directory;

    public KernelFunction Get(string name)
        => _functions.TryGetValue(name, out var function)
            ? function
            : throw new PromptTemplateException(Path.Combine(_directory, name + PromptNames.FileExtension), "no such prompt is loaded");

    /// <summary>Loads and checks all prompts; throws <see cref="PromptTemplateException"/> on the first problem.</summary>
    public void Load() => _functions = ReadAll();

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
            _functions = ReadAll();
            PromptLog.PromptsReloaded(_logger, _directory, _functions.Count);
            return true;
        }
        catch (PromptTemplateException ex)
        {
            PromptLog.PromptReloadRejected(_logger, ex.Message);
            return false;
        }
    }

    public void Dispose() => _watcher?.Dispose();

    /// <summary>One prompt file as a function, every problem named with the file.</summary>
    public static KernelFunction ReadFunction(string path)
    {
        var config = PromptFileReader.ReadFile(path);
        KernelFunction function;
        try
        {
            // Our filters log invocations; SK's own function logger would log every model fault as an error.
            function = KernelFunctionFactory.CreateFromPrompt(config, TemplateFactory, NullLoggerFactory.Instance);
        }
        catch (HandlebarsException ex)
        {
            throw new PromptTemplateException(path, "'template' is not a valid Handlebars template: " + ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw new PromptTemplateException(path, ex.Message, ex);
        }

        return function;
    }

    private Dictionary<string, KernelFunction> ReadAll()
    {
        if (!System.IO.Directory.Exists(_directory))
        {
            throw new PromptTemplateException(_directory, "the prompt folder does not exist");
        }

        var functions = new Dictionary<string, KernelFunction>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(_directory, "*" + PromptNames.FileExtension).Order(StringComparer.Ordinal))
        {
            functions[Path.GetFileNameWithoutExtension(path)] = ReadFunction(path);
        }

        foreach (var name in _required)
        {
            if (!functions.ContainsKey(name))
            {
                throw new PromptTemplateException(Path.Combine(_directory, name + PromptNames.FileExtension), "the file is missing");
            }
        }

        return functions;
    }
}

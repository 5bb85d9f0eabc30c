using System.Reflection;
using System.Text.RegularExpressions;
using Bot.Core;
using Bot.Tests.Commands;

namespace Bot.Tests.Reliability;

/// <summary>
/// Every regular expression of the bot either cannot backtrack (NonBacktracking) or gives up
/// after <see cref="RegexBudget.MatchTimeout"/>: a new pattern without either fails here.
/// </summary>
public sealed partial class RegexBudgetTests
{
    private static readonly Assembly[] Shipped =
    [
        typeof(RegexBudget).Assembly,
        typeof(Bot.Telegram.Rendering.TelegramHtml).Assembly,
        typeof(Bot.Hosting.BotApplication).Assembly,
        typeof(Bot.State.StateOptions).Assembly,
    ];

    [Fact]
    public void EveryCompiledPattern_HasTheBudgetOrCannotBacktrack()
    {
        var patterns = PatternsOf(Shipped).ToList();

        Assert.True(patterns.Count > 50, $"only {patterns.Count} patterns found: the scan is broken");
        var unbounded = patterns
            .Where(p => p.Regex.MatchTimeout != RegexBudget.MatchTimeout && !p.Regex.Options.HasFlag(RegexOptions.NonBacktracking))
            .Select(p => p.Name)
            .ToList();
        Assert.True(unbounded.Count == 0, "Patterns without RegexBudget.MatchTimeout or NonBacktracking: " + string.Join(", ", unbounded));
    }

    /// <summary>Patterns built at run time (new Regex, the static Regex methods) are invisible to reflection: read the sources.</summary>
    [Fact]
    public void EveryRegexInTheSources_PassesTheBudget()
    {
        var src = Path.Combine(Path.GetDirectoryName(BotRun.ArticlesFolder)!, "src");
        var calls = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => RegexCalls(File.ReadAllText(f)).Select(call => (File: Path.GetRelativePath(src, f), Call: call)))
            .ToList();

        Assert.Contains(calls, c => c.Call.StartsWith("[GeneratedRegex", StringComparison.Ordinal));
        var unbounded = calls
            .Where(c => !c.Call.Contains("RegexBudget.MatchTimeout", StringComparison.Ordinal) && !c.Call.Contains("NonBacktracking", StringComparison.Ordinal))
            .Select(c => $"{c.File}: {c.Call}")
            .ToList();
        Assert.True(unbounded.Count == 0, "Regex uses without RegexBudget.MatchTimeout or NonBacktracking:\n" + string.Join('\n', unbounded));
    }

    [Fact]
    public void RegexCalls_FindsUnboundedUses()
    {
        const string source = """
            var a = Regex.Replace(text, @"\s+", " ");
            var b = new Regex("x(y)", RegexOptions.None, RegexBudget.MatchTimeout);
            var c = Regex.Escape(text);
            [GeneratedRegex(@"\d+")]
            """;

        var calls = RegexCalls(source).ToList();

        Assert.Equal(3, calls.Count);
        Assert.Equal(2, calls.Count(c => !c.Contains("RegexBudget.MatchTimeout", StringComparison.Ordinal)));
    }

    /// <summary>Every Regex held by a static field or property or returned by a parameterless static method (the generated ones).</summary>
    private static IEnumerable<(string Name, Regex Regex)> PatternsOf(IEnumerable<Assembly> assemblies)
    {
        const BindingFlags all = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsGenericTypeDefinition))
        {
            if (type.Namespace?.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal) == true)
            {
                continue;
            }

            foreach (var method in type.GetMethods(all).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
            {
                yield return ($"{type.FullName}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }

            foreach (var field in type.GetFields(all).Where(f => f.FieldType == typeof(Regex)))
            {
                if (field.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{field.Name}", regex);
                }
            }
        }
    }

    /// <summary>The text of each [GeneratedRegex(…)], new Regex(…) and static Regex.X(…) call, up to its closing parenthesis.</summary>
    private static IEnumerable<string> RegexCalls(string source)
    {
        foreach (Match m in RegexUse().Matches(source))
        {
            var depth = 0;
            var i = m.Index + m.Length - 1;
            while (i < source.Length)
            {
                var c = source[i];
                if (c == '"')
                {
                    i = AfterString(source, i);
                    continue;
                }

                depth += c switch { '(' => 1, ')' => -1, _ => 0 };
                i++;
                if (depth == 0)
                {
                    break;
                }
            }

            yield return source[m.Index..i];
        }
    }

    /// <summary>The index after the string literal that opens at <paramref name="quote"/>: raw ("""…"""), verbatim (@"…") or regular.</summary>
    private static int AfterString(string source, int quote)
    {
        if (string.CompareOrdinal(source, quote, "\"\"\"", 0, 3) == 0)
        {
            var end = source.IndexOf("\"\"\"", quote + 3, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + 3;
        }

        var verbatim = quote > 0 && source[quote - 1] == '@';
        for (var i = quote + 1; i < source.Length; i++)
        {
            if (!verbatim && source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == '"')
            {
                if (verbatim && i + 1 < source.Length && source[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return source.Length;
    }

    [GeneratedRegex(@"\[GeneratedRegex\(|\bnew Regex\(|\bRegex\.(?:IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches|EnumerateSplits)\(", RegexOptions.None, RegexBudget.MatchTimeoutMilliseconds)]
    private static partial Regex RegexUse();
}

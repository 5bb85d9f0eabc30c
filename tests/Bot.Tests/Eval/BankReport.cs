using System.Globalization;
using System.Text;

namespace Bot.Tests.Eval;

/// <summary>The bank's accuracy overall and per corpus, language, type and type × language, then every miss.</summary>
public static class BankReport
{
    public static double Accuracy(IEnumerable<BankResult> results)
    {
        var list = results.ToList();
        return list.Count == 0 ? 0 : list.Count(r => r.Passed) / (double)list.Count;
    }

    public static string Format(IReadOnlyList<BankResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"question bank: {results.Count(r => r.Passed)}/{results.Count} = {Accuracy(results):P1}");
        Table(text, "corpus", results, r => r.Case.Corpus ?? BankFixture.SeedCorpus);
        Table(text, "language", results, r => r.Case.Lang ?? "?");
        Table(text, "type", results, r => r.Case.Type ?? "?");
        Table(text, "type/language", results, r => $"{r.Case.Type}/{r.Case.Lang}");
        Table(text, "corpus/type", results, r => $"{r.Case.Corpus}/{r.Case.Type}");
        text.AppendLine();
        text.AppendLine("misses:");
        foreach (var miss in results.Where(r => !r.Passed))
        {
            var c = miss.Case;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {c.Id} [{c.Type}/{c.Kind}/{c.Lang}] {c.Question}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    {string.Join("; ", miss.Problems)}");
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, string title, IReadOnlyList<BankResult> results, Func<BankResult, string> key)
    {
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title,-28} {"pass",5} {"of",5} {"accuracy",9}");
        foreach (var group in results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {group.Key,-26} {group.Count(r => r.Passed),5} {group.Count(),5} {Accuracy(group),9:P1}");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Bench.Reporting;

/// <summary>
/// bench/results/latest.json: the machine at the top and one section per command, each with its
/// own date, commit and load average. A run replaces its own section and keeps the other command's.
/// </summary>
internal static class ResultsFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write<T>(string path, string section, MachineInfo machine, T figures)
    {
        ArgumentNullException.ThrowIfNull(machine);
        var root = File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject existing ? existing : [];
        root["machine"] = JsonSerializer.SerializeToNode(machine, Json);
        root[section] = new JsonObject
        {
            ["date"] = machine.Date,
            ["commit"] = machine.Commit,
            ["configuration"] = machine.Configuration,
            ["loadAverage"] = machine.LoadAverage,
            ["figures"] = JsonSerializer.SerializeToNode(figures, Json),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, root.ToJsonString(Json));
        File.Move(temporary, path, overwrite: true);
    }
}

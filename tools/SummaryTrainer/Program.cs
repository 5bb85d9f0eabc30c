using Bot.Bench;
using Bot.Bench.Summaries;
using Bot.Bench.Summaries.Training;
using Bot.Core.Summaries;

// Writes src/Bot.Core/Summaries/Data/summary-weights.json from IndoSum's train and valid parts.
const string Usage = "usage: dotnet run -c Release --project tools/SummaryTrainer -- [--shared PATH] [--out FILE]";
string? shared = null;
string? output = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--shared" when i + 1 < args.Length:
            shared = args[++i];
            break;
        case "--out" when i + 1 < args.Length:
            output = args[++i];
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

var layout = RepositoryLayout.Find(AppContext.BaseDirectory, shared);
output ??= Path.Combine(layout.Root, "src", "Bot.Core", "Summaries", "Data", "summary-weights.json");
if (!File.Exists(Path.Combine(layout.Datasets, IndoSumLoader.Name, IndoSumLoader.FileName)))
{
    Console.Error.WriteLine($"IndoSum not found under {layout.Datasets}; pass --shared PATH (the folder holding datasets/indosum).");
    return 1;
}

var json = new SummaryTraining(Console.Error).Run(IndoSumLoader.Load(layout.Datasets), SummaryOptions.Default);
File.WriteAllText(output, json);
Console.Error.WriteLine($"wrote {output}");
return 0;

using Bot.Bench;
using Bot.Bench.Answering.Training;
using Bot.Bench.Corpus;

// Writes src/Bot.Core/Answering/Learned/Data/answer-model.json from public QA train splits; thresholds on valid splits.
const string Usage = "usage: dotnet run -c Release --project tools/AnswerTrainer -- [--shared PATH] [--out FILE] [--squad N]";
string? shared = null;
string? output = null;
var squad = 4000;
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
        case "--squad" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n) && n >= 0:
            squad = n;
            i++;
            break;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

var layout = RepositoryLayout.Find(AppContext.BaseDirectory, shared);
output ??= Path.Combine(layout.Root, "src", "Bot.Core", "Answering", "Learned", "Data", "answer-model.json");
if (!Directory.Exists(Path.Combine(layout.Datasets, IdkMrcLoader.Name)))
{
    Console.Error.WriteLine($"datasets not found under {layout.Datasets}; pass --shared PATH (the folder holding datasets/).");
    return 1;
}

// Trans SQuAD's questions are asked against the paragraphs of the questions kept: the first N questions' paragraphs, whole.
var squadSet = SquadTransLoader.Load(layout.Datasets);
var squadItems = squadSet.Items.Take(squad).ToList();
var squadPassages = squadItems.Select(q => q.GoldPassageId).OfType<string>().ToHashSet(StringComparer.Ordinal);
var train = new List<QaDataset>
{
    IdkMrcLoader.Load(layout.Datasets, "train"),
    FacqaLoader.Load(layout.Datasets, "train"),
};
if (squad > 0)
{
    train.Add(squadSet with { Passages = squadSet.Passages.Where(p => squadPassages.Contains(p.Id)).ToList(), Items = squadItems });
}

var valid = new List<QaDataset> { IdkMrcLoader.Load(layout.Datasets, "valid"), FacqaLoader.Load(layout.Datasets, "valid") };
var command = "dotnet run -c Release --project tools/AnswerTrainer" + (squad == 4000 ? "" : $" -- --squad {squad}");
var json = new AnswerTraining(Console.Error).Run(train, valid, command);
File.WriteAllText(output, json);
Console.Error.WriteLine($"wrote {output}");
return 0;

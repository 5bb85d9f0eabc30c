using System.Text.Json;

namespace Bot.Bench.Soak;

internal static class SoakJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true };
}

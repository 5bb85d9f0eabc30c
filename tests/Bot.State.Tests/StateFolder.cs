using Microsoft.Data.Sqlite;

namespace Bot.State.Tests;

/// <summary>A scratch folder for a state file, removed (pools closed first) when the test ends.</summary>
internal sealed class StateFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("bot-state-").FullName;

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}

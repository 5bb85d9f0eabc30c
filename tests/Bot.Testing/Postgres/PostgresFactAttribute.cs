using Xunit;

namespace Bot.Testing.Postgres;

/// <summary>
/// A test against a real PostgreSQL server, the one named by BOT_TEST_POSTGRES (a connection string).
/// Without it the test is skipped, and the reason says how to run it: <c>bash .ci/run</c> starts a
/// throwaway server, or by hand <c>source .ci/postgres.sh &amp;&amp; postgres_start</c> before <c>dotnet test</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "BOT_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"{Variable} is not set: run 'bash .ci/run', or 'source .ci/postgres.sh && postgres_start' and then dotnet test, to run the PostgreSQL tests against a throwaway server.";
        }
    }
}

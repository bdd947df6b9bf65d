using System.Globalization;
using Npgsql;

namespace Personalization.SegmentScale;

/// <summary>
/// The scale run's command line, parsed and checked.
/// </summary>
public sealed record ScaleArguments(string Postgres, int Profiles, long Events, int Seed, string Json, bool Explain, bool Keep)
{
    /// <summary>The usage text shown with every argument error.</summary>
    public const string Usage = """
        usage:
          Personalization.SegmentScale --postgres "<connection string>" [--profiles 1000000] [--events 10000000] [--seed 42]
                                       [--json results.json] [--explain] [--keep]

          --postgres   a PostgreSQL server where the user may create databases; the run creates a fresh one and drops it
          --profiles   customers to generate (default 1,000,000)
          --events     events to generate in all, at least one per customer (default 10,000,000)
          --seed       the generator's seed (default 42): the same seed gives the same data
          --json       also write the results as JSON to this file
          --explain    print PostgreSQL's EXPLAIN ANALYZE of each segment's query after the run
          --keep       keep the database at the end (its name is printed) instead of dropping it
        """;

    /// <summary>Parses arguments; throws <see cref="ArgumentException"/> with a message that says what is wrong.</summary>
    public static ScaleArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is "--explain" or "--keep")
            {
                flags.Add(name);
                continue;
            }

            if (name is not ("--postgres" or "--profiles" or "--events" or "--seed" or "--json"))
                throw new ArgumentException($"unknown argument '{name}'");
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException($"{name} needs a value");
            if (!values.TryAdd(name, args[++i]))
                throw new ArgumentException($"{name} is given twice");
        }

        if (!values.TryGetValue("--postgres", out var postgres))
            throw new ArgumentException("--postgres is required (a connection string to a server where the user may create databases)");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(postgres);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"--postgres is not a valid connection string: {e.Message}");
        }

        var profiles = Number(values, "--profiles", 1_000_000);
        if (profiles < 1 || profiles > RetailPopulationGenerator.MaxProfiles)
            throw new ArgumentException($"--profiles must be between 1 and {RetailPopulationGenerator.MaxProfiles.ToString("N0", CultureInfo.InvariantCulture)}");
        var events = Number(values, "--events", 10_000_000);
        if (events < profiles)
            throw new ArgumentException("--events must be at least --profiles (every customer has at least one event)");
        var seed = Number(values, "--seed", 42);
        if (seed is < int.MinValue or > int.MaxValue)
            throw new ArgumentException("--seed must be a 32-bit integer");
        return new ScaleArguments(postgres, (int)profiles, events, (int)seed, values.GetValueOrDefault("--json"), flags.Contains("--explain"), flags.Contains("--keep"));
    }

    static long Number(Dictionary<string, string> values, string name, long fallback)
    {
        if (!values.TryGetValue(name, out var text))
            return fallback;
        if (!long.TryParse(text.Replace("_", string.Empty), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw new ArgumentException($"{name} '{text}' is not a whole number");
        return value;
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SelfHelp.Web.Feedback;
using StackExchange.Redis;

namespace SelfHelp.Web.Tests.Feedback;

/// <summary>Both stores, against a real SQLite file and a real redis-server: counts add up, and a store that is gone says so.</summary>
public sealed class FeedbackStoreTests : IClassFixture<RedisServer>, IDisposable
{
    private readonly RedisServer _redis;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("selfhelp-feedback-");

    public FeedbackStoreTests(RedisServer redis)
    {
        _redis = redis;
    }

    private static readonly FeedbackAnswer[] TwoAnswers = [new("effort", 2), new("overall", 5)];

    public static TheoryData<string> Stores => ["sqlite", "redis"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Add_CountsEachAnswerPerMonthAndSubject(string kind)
    {
        using var connection = kind == "redis" ? await ConnectionMultiplexer.ConnectAsync(_redis.Connection) : null;
        var store = Store(kind, connection);

        Assert.True(await store.AddAsync("2026-11", "urges", TwoAnswers, TestContext.Current.CancellationToken));
        Assert.True(await store.AddAsync("2026-12", "urges", TwoAnswers, TestContext.Current.CancellationToken));
        Assert.True(await store.AddAsync("2026-12", "urges", [new("effort", 2)], TestContext.Current.CancellationToken));
        Assert.True(await store.AddAsync("2026-12", "programme", [new("effort", 1)], TestContext.Current.CancellationToken));

        var counts = await store.ReadAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(counts);
        Assert.Equal(
            [
                new FeedbackCount("2026-11", "urges", "effort", 2, 1),
                new FeedbackCount("2026-11", "urges", "overall", 5, 1),
                new FeedbackCount("2026-12", "programme", "effort", 1, 1),
                new FeedbackCount("2026-12", "urges", "effort", 2, 2),
                new FeedbackCount("2026-12", "urges", "overall", 5, 1),
            ],
            counts);
        Assert.True(await store.IsAvailableAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sqlite_KeepsOneTableOfCountersAndNothingElse()
    {
        var path = Path.Combine(_folder.FullName, "counts.db");
        var store = new SqliteFeedbackStore(path, NullLogger<SqliteFeedbackStore>.Instance);
        for (var i = 0; i < 25; i++)
        {
            await store.AddAsync("2026-12", "urges", TwoAnswers, TestContext.Current.CancellationToken);
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["counts"], await Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"));
        Assert.Equal(["month", "subject", "question", "answer", "count"], await Strings(connection, "SELECT name FROM pragma_table_info('counts')"));
        Assert.Equal(["2"], await Strings(connection, "SELECT COUNT(*) FROM counts"));
        Assert.Equal(["25"], await Strings(connection, "SELECT DISTINCT count FROM counts"));
        store.Dispose();
    }

    [Fact]
    public async Task Sqlite_FileThatCannotBeWritten_SaysNoAndThrowsNothing()
    {
        var blocked = Path.Combine(_folder.FullName, "a-file");
        await File.WriteAllTextAsync(blocked, "not a folder", TestContext.Current.CancellationToken);
        using var store = new SqliteFeedbackStore(Path.Combine(blocked, "counts.db"), NullLogger<SqliteFeedbackStore>.Instance);

        Assert.False(await store.AddAsync("2026-12", "urges", TwoAnswers, TestContext.Current.CancellationToken));
        Assert.Null(await store.ReadAsync(TestContext.Current.CancellationToken));
        Assert.False(await store.IsAvailableAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Redis_Unreachable_SaysNoWithinASecondAndThrowsNothing()
    {
        using var connection = await ConnectionMultiplexer.ConnectAsync("127.0.0.1:1,connectTimeout=300,syncTimeout=300,abortConnect=false");
        var store = new RedisFeedbackStore(() => connection.GetDatabase(), "counts", NullLogger<RedisFeedbackStore>.Instance);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        Assert.False(await store.IsAvailableAsync(timeout.Token));
        Assert.False(await store.AddAsync("2026-12", "urges", TwoAnswers, TestContext.Current.CancellationToken));
        Assert.Null(await store.ReadAsync(TestContext.Current.CancellationToken));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Took {clock.Elapsed}.");
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private IFeedbackStore Store(string kind, ConnectionMultiplexer? connection) => kind == "redis"
        ? new RedisFeedbackStore(() => connection!.GetDatabase(), $"counts-{Guid.NewGuid():N}", NullLogger<RedisFeedbackStore>.Instance)
        : new SqliteFeedbackStore(Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.db"), NullLogger<SqliteFeedbackStore>.Instance);

    private static async Task<List<string>> Strings(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}

using Microsoft.Data.Sqlite;

namespace SelfHelp.Web.Feedback;

/// <summary>
/// Feedback counts in one SQLite file: a single table of counters (month, subject, question, answer) and their counts.
/// There is no other table and no column for anything else; a test reads the file to prove it.
/// </summary>
public sealed class SqliteFeedbackStore(string path, ILogger<SqliteFeedbackStore> logger) : IFeedbackStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS counts (
            month TEXT NOT NULL,
            subject TEXT NOT NULL,
            question TEXT NOT NULL,
            answer INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (month, subject, question, answer)
        ) WITHOUT ROWID;
        """;

    private readonly SemaphoreSlim _created = new(1, 1);
    private bool _ready;

    public string Path { get; } = path;

    public async Task<bool> AddAsync(string month, string subject, IReadOnlyCollection<FeedbackAnswer> answers, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(answers);
        try
        {
            await using var connection = await OpenAsync(cancellation);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellation);
            foreach (var answer in answers)
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO counts (month, subject, question, answer, count) VALUES ($month, $subject, $question, $answer, 1)
                    ON CONFLICT (month, subject, question, answer) DO UPDATE SET count = count + 1;
                    """;
                command.Parameters.AddWithValue("$month", month);
                command.Parameters.AddWithValue("$subject", subject);
                command.Parameters.AddWithValue("$question", answer.Question);
                command.Parameters.AddWithValue("$answer", answer.Answer);
                await command.ExecuteNonQueryAsync(cancellation);
            }

            await transaction.CommitAsync(cancellation);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Feedback could not be counted: the SQLite store failed ({Error})", ex.GetType().Name);
            return false;
        }
    }

    public async Task<IReadOnlyList<FeedbackCount>?> ReadAsync(CancellationToken cancellation)
    {
        try
        {
            await using var connection = await OpenAsync(cancellation);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT month, subject, question, answer, count FROM counts ORDER BY month, subject, question, answer";
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            var counts = new List<FeedbackCount>();
            while (await reader.ReadAsync(cancellation))
            {
                counts.Add(new FeedbackCount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt64(4)));
            }

            return counts;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            logger.LogWarning("Feedback could not be read: the SQLite store failed ({Error})", ex.GetType().Name);
            return null;
        }
    }

    public async Task<bool> IsAvailableAsync(CancellationToken cancellation)
    {
        try
        {
            await using var connection = await OpenAsync(cancellation);
            return true;
        }
        catch (Exception ex) when (ex is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException or OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => _created.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellation)
    {
        if (!_ready)
        {
            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 5 }.ToString());
        await connection.OpenAsync(cancellation);
        if (!_ready)
        {
            await _created.WaitAsync(cancellation);
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(cancellation);
                _ready = true;
            }
            finally
            {
                _created.Release();
            }
        }

        return connection;
    }
}

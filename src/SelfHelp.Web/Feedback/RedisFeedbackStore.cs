using System.Globalization;
using StackExchange.Redis;

namespace SelfHelp.Web.Feedback;

/// <summary>
/// Feedback counts in the Redis that holds the shared key ring, for several machines: one hash, whose fields are
/// <c>month|subject|question|answer</c> and whose values are counts (HINCRBY). Nothing else is written.
/// </summary>
public sealed class RedisFeedbackStore(Func<IDatabase> database, string key, ILogger<RedisFeedbackStore> logger) : IFeedbackStore
{
    public async Task<bool> AddAsync(string month, string subject, IReadOnlyCollection<FeedbackAnswer> answers, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(answers);
        try
        {
            var batch = database().CreateTransaction();
            var increments = answers.Select(a => batch.HashIncrementAsync(key, Field(month, subject, a.Question, a.Answer))).ToList();
            var committed = await batch.ExecuteAsync();
            await Task.WhenAll(increments);
            return committed;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("Feedback could not be counted: the Redis store failed ({Error})", ex.GetType().Name);
            return false;
        }
    }

    public async Task<IReadOnlyList<FeedbackCount>?> ReadAsync(CancellationToken cancellation)
    {
        try
        {
            var entries = await database().HashGetAllAsync(key);
            var counts = new List<FeedbackCount>();
            foreach (var entry in entries)
            {
                var parts = entry.Name.ToString().Split('|');
                if (parts.Length == 4 && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var answer) && entry.Value.TryParse(out long count))
                {
                    counts.Add(new FeedbackCount(parts[0], parts[1], parts[2], answer, count));
                }
            }

            return [.. counts.OrderBy(c => c.Month, StringComparer.Ordinal).ThenBy(c => c.Subject, StringComparer.Ordinal).ThenBy(c => c.Question, StringComparer.Ordinal).ThenBy(c => c.Answer)];
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException)
        {
            logger.LogWarning("Feedback could not be read: the Redis store failed ({Error})", ex.GetType().Name);
            return null;
        }
    }

    public async Task<bool> IsAvailableAsync(CancellationToken cancellation)
    {
        try
        {
            await database().PingAsync().WaitAsync(cancellation);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            return false;
        }
    }

    private static string Field(string month, string subject, string question, int answer) =>
        string.Create(CultureInfo.InvariantCulture, $"{month}|{subject}|{question}|{answer}");
}

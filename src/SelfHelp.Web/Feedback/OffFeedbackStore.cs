namespace SelfHelp.Web.Feedback;

/// <summary>Feedback switched off (<c>Feedback:Store=Off</c>): nothing is asked, so nothing is counted.</summary>
public sealed class OffFeedbackStore : IFeedbackStore
{
    public Task<bool> AddAsync(string month, string subject, IReadOnlyCollection<FeedbackAnswer> answers, CancellationToken cancellation) => Task.FromResult(false);

    public Task<IReadOnlyList<FeedbackCount>?> ReadAsync(CancellationToken cancellation) => Task.FromResult<IReadOnlyList<FeedbackCount>?>([]);

    public Task<bool> IsAvailableAsync(CancellationToken cancellation) => Task.FromResult(true);
}

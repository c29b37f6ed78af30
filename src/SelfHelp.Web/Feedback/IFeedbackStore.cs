namespace SelfHelp.Web.Feedback;

/// <summary>
/// Counts feedback in aggregate. Two stores: a SQLite file (one machine) and Redis (several machines). A store that is
/// down or full answers false or throws nothing: the person is thanked and told their answers could not be counted.
/// </summary>
public interface IFeedbackStore
{
    /// <summary>Adds one to each answer's counter for <paramref name="month"/> and <paramref name="subject"/>; false if it could not.</summary>
    Task<bool> AddAsync(string month, string subject, IReadOnlyCollection<FeedbackAnswer> answers, CancellationToken cancellation);

    /// <summary>Every counter, or null when the store cannot be read.</summary>
    Task<IReadOnlyList<FeedbackCount>?> ReadAsync(CancellationToken cancellation);

    /// <summary>True when the store answers.</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellation);
}

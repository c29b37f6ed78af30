namespace SelfHelp.Content.Catalogue;

/// <summary>Ratings from <paramref name="From"/> to <paramref name="To"/> on a 1 to 10 scale, both included.</summary>
/// <param name="From">The lowest rating in the range.</param>
/// <param name="To">The highest rating in the range.</param>
public sealed record RatingRange(int From, int To)
{
    /// <summary>True when <paramref name="rating"/> is in the range.</summary>
    public bool Contains(int rating) => rating >= From && rating <= To;

    /// <inheritdoc />
    public override string ToString() => From == To ? $"{From}" : $"{From}-{To}";
}

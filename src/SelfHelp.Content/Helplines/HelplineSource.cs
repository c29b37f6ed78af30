using System.Collections.Immutable;

namespace SelfHelp.Content.Helplines;

/// <summary>Where some of a helpline's details were read, so that the next person can check them.</summary>
/// <param name="Url">The page.</param>
/// <param name="Facts">The details read there, by their key in <c>helplines.yml</c> (<c>phone</c>, <c>hours</c>...).</param>
/// <param name="Verified">
/// The day the details were checked on this page, when it is the service's own page; null when they were only copied
/// from it or it is someone else's page (a news article, a directory).
/// </param>
/// <param name="IsOwnPage">True when the page is the service's own.</param>
/// <param name="Note">Anything the next person should know, such as "an older page; current hours not found".</param>
public sealed record HelplineSource(string Url, ImmutableArray<string> Facts, DateOnly? Verified, bool IsOwnPage, string? Note)
{
    /// <summary>True when <paramref name="fact"/> was checked on the service's own page.</summary>
    public bool Verifies(string fact) => Verified is not null && IsOwnPage && Facts.Contains(fact);
}

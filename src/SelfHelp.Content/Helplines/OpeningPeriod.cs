namespace SelfHelp.Content.Helplines;

/// <summary>One weekly opening: a day and the minutes from midnight it opens and closes.</summary>
/// <param name="Day">The day it opens.</param>
/// <param name="From">Minutes after midnight it opens (0 to 1439).</param>
/// <param name="To">
/// Minutes after midnight it closes (1 to 1440); earlier than <paramref name="From"/> when it closes after midnight.
/// </param>
public sealed record OpeningPeriod(DayOfWeek Day, int From, int To);

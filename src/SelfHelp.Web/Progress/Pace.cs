namespace SelfHelp.Web.Progress;

/// <summary>How many modules were finished on one day (the site's day, see <c>Pacing:TimeZone</c>); only the latest day is kept.</summary>
public sealed record Pace(DateOnly Day, int Finished);

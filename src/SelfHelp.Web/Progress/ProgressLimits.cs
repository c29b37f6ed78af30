namespace SelfHelp.Web.Progress;

/// <summary>Limits the notebook's cookies need from the web server (ADR 0002).</summary>
public static class ProgressLimits
{
    /// <summary>
    /// Kestrel's limit for all request headers together: the largest notebook (28,000 characters), the progress
    /// cookie (up to 7,800), the antiforgery cookie and a browser's usual headers, with room to spare.
    /// </summary>
    public const int MaxRequestHeadersBytes = 48 * 1024;
}

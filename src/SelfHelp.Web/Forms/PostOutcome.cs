namespace SelfHelp.Web.Forms;

/// <summary>What happened to a posted page of forms.</summary>
public enum PostOutcome
{
    /// <summary>Everything was saved.</summary>
    Saved,

    /// <summary>Some answers break a rule; nothing was saved and the page shows why.</summary>
    Invalid,

    /// <summary>The answers would not fit in the notebook; nothing was saved.</summary>
    TooLarge,

    /// <summary>Nothing can be saved just now (key ring); nothing was saved.</summary>
    Unavailable,

    /// <summary>The post's antiforgery token was stale or missing; nothing was saved.</summary>
    Rejected,

    /// <summary>The person asked for their answers (with what they just typed) as a file.</summary>
    Download,

    /// <summary>The page changed since it was opened (a form is gone); nothing was saved and its words are shown.</summary>
    PageChanged,
}

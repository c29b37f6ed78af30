namespace SelfHelp.Web.Forms;

/// <summary>How much a page of answers may send.</summary>
public static class FormLimits
{
    /// <summary>
    /// The largest post of a step page. Far above what its answers may hold (a few boxes of 4,000 characters, even
    /// with every character escaped), so that an answer that is too long still arrives and comes back to the person
    /// with a message, rather than being refused unread.
    /// </summary>
    public const int MaxStepBodyBytes = 1024 * 1024;
}

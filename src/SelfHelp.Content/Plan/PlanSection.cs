namespace SelfHelp.Content.Plan;

/// <summary>
/// A part of the person's own plan (My plan). Editors mark exercise fields with <c>plan: &lt;section&gt;</c>; the
/// plan gathers those answers under these headings, in this order.
/// </summary>
public enum PlanSection
{
    /// <summary><c>reasons</c>: why I am stopping.</summary>
    Reasons,

    /// <summary><c>warning-signs</c>: how I know an urge or a risky time is starting.</summary>
    WarningSigns,

    /// <summary><c>instead</c>: what I will do instead.</summary>
    Instead,

    /// <summary><c>people</c>: people and numbers I can contact.</summary>
    People,

    /// <summary><c>if-then</c>: goals, and "if ..., then I will ..." plans.</summary>
    IfThen,

    /// <summary><c>after-lapse</c>: what I will do after a lapse.</summary>
    AfterLapse,
}

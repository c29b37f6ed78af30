namespace SelfHelp.Content.Feedback;

/// <summary>
/// The seven component constructs of the Theoretical Framework of Acceptability (Sekhon, Cartwright and Francis, 2017)
/// and overall acceptability, as in the generic TFA questionnaire (Sekhon, Cartwright and Francis, 2022).
/// </summary>
public enum FeedbackDomain
{
    /// <summary>How the person feels about the module.</summary>
    AffectiveAttitude,

    /// <summary>How much effort it took.</summary>
    Burden,

    /// <summary>How well it fits the person's values.</summary>
    Ethicality,

    /// <summary>Whether the person understands it and how it works.</summary>
    InterventionCoherence,

    /// <summary>What the person had to give up to do it.</summary>
    OpportunityCosts,

    /// <summary>Whether it is likely to achieve its purpose.</summary>
    PerceivedEffectiveness,

    /// <summary>How confident the person feels that they can do what it asks.</summary>
    SelfEfficacy,

    /// <summary>Overall, how acceptable it was.</summary>
    GeneralAcceptability,
}

namespace SelfHelp.Content.Distress;

/// <summary>What an answer suggests, which decides the support the site shows.</summary>
public enum DistressKind
{
    /// <summary>The writer may be thinking about suicide (YAML: <c>suicide</c>).</summary>
    Suicide,

    /// <summary>The writer may be hurting themselves (YAML: <c>self-harm</c>).</summary>
    SelfHarm,

    /// <summary>A child may be at risk, from the writer or someone else (YAML: <c>child-at-risk</c>).</summary>
    ChildAtRisk,

    /// <summary>
    /// A rating at the end of a scale that the module marks with <c>support-at</c>, such as feeling very low or having
    /// no control at all. Brings the same support as <see cref="Suicide"/> and <see cref="SelfHarm"/>.
    /// </summary>
    ExtremeRating,
}

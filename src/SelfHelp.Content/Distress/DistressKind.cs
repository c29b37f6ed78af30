namespace SelfHelp.Content.Distress;

/// <summary>What a distress phrase suggests, which decides the message the site shows.</summary>
public enum DistressKind
{
    /// <summary>The writer may be thinking about suicide (YAML: <c>suicide</c>).</summary>
    Suicide,

    /// <summary>The writer may be hurting themselves (YAML: <c>self-harm</c>).</summary>
    SelfHarm,

    /// <summary>A child may be in danger now, from the writer or someone else (YAML: <c>child-in-danger</c>).</summary>
    ChildInDanger,
}

namespace SelfHelp.Content.Helplines;

/// <summary>What a helpline is for; decides where the site shows it.</summary>
public enum HelplinePurpose
{
    /// <summary>For people worried about their own sexual thoughts or behaviour (YAML: <c>own-behaviour</c>).</summary>
    OwnBehaviour,

    /// <summary>Emotional support for anyone in distress or thinking about suicide (YAML: <c>crisis</c>).</summary>
    Crisis,

    /// <summary>The emergency number, for a child or anyone in danger now (YAML: <c>emergency</c>).</summary>
    Emergency,

    /// <summary>Where to report sexual images of children seen online (YAML: <c>reporting</c>).</summary>
    Reporting,
}

namespace SelfHelp.Content.Catalogue;

/// <summary>The kinds of field an exercise can ask for.</summary>
public enum FieldKind
{
    /// <summary>Free text (a multi-line box).</summary>
    Text,

    /// <summary>A whole number from 1 to 10.</summary>
    Scale,

    /// <summary>Tick any of a fixed list of options.</summary>
    Checklist,

    /// <summary>A short list of free-text items.</summary>
    List,
}

namespace SelfHelp.Content.Validation;

/// <summary>How serious a content problem is.</summary>
public enum Severity
{
    /// <summary>The content cannot be served as written.</summary>
    Error,

    /// <summary>The content works but should be improved.</summary>
    Warning,
}

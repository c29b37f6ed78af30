namespace SelfHelp.Web.Progress;

/// <summary>Where someone is with a module, as shown in the task list.</summary>
public enum ModuleStatus
{
    NotStarted,
    InProgress,
    Completed,
}

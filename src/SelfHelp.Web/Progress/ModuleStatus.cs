namespace SelfHelp.Web.Progress;

/// <summary>Where someone is with a module, as shown in the task list.</summary>
public enum ModuleStatus
{
    NotStarted,
    InProgress,
    Completed,
}

public static class ModuleStatusExtensions
{
    public static ModuleStatus Status(this ModuleProgress progress) =>
        progress.Completed ? ModuleStatus.Completed
        : progress.IsEmpty ? ModuleStatus.NotStarted
        : ModuleStatus.InProgress;
}

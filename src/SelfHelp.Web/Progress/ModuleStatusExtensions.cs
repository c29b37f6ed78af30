namespace SelfHelp.Web.Progress;

public static class ModuleStatusExtensions
{
    public static ModuleStatus Status(this ModuleProgress progress) =>
        progress.Completed ? ModuleStatus.Completed
        : progress.IsEmpty ? ModuleStatus.NotStarted
        : ModuleStatus.InProgress;
}

namespace SelfHelp.Web.Progress;

/// <summary>The place someone left off: a module and the key of a step in it.</summary>
public sealed record Position(string ModuleId, ushort Step);

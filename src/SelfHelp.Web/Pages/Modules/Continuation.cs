using SelfHelp.Content.Catalogue;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>Where "Continue" goes: a step of a module, or the module's overview page when <see cref="Step"/> is null.</summary>
public sealed record Continuation(Module Module, Step? Step);

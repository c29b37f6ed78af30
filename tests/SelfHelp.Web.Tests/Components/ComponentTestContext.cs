using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Components;

/// <summary>A bUnit context with the site's real resource strings.</summary>
public abstract class ComponentTestContext : BunitContext
{
    protected ComponentTestContext()
    {
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }
}

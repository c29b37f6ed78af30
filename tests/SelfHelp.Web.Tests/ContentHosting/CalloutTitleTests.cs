using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Extensions.Callouts;

namespace SelfHelp.Web.Tests.ContentHosting;

public sealed class CalloutTitleTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public void EveryCalloutKind_HasItsTitleInTheUiResources()
    {
        var text = site.Services.GetRequiredService<IStringLocalizer<Ui>>();

        Assert.All(CalloutKinds.DefaultTitles, kind =>
        {
            var title = text[$"Callout.{kind.Key}"];
            Assert.False(title.ResourceNotFound, $"Ui.resx has no Callout.{kind.Key}.");
            Assert.Equal(kind.Value, title.Value);
        });
    }
}

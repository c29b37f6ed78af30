using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SelfHelp.Web.Serving;

namespace SelfHelp.Web.Tests.Serving;

public sealed class CachedStringLocalizerTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public void Site_UsesTheCachedLocalizer_WhichGivesTheResourceFilesText()
    {
        var cached = site.Services.GetRequiredService<IStringLocalizer<Ui>>();
        var framework = site.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(Ui));
        using var culture = new CultureScope("en");

        Assert.IsType<CachedStringLocalizer<Ui>>(cached);
        var all = framework.GetAllStrings(includeParentCultures: true).ToList();
        Assert.True(all.Count > 50);
        foreach (var text in all)
        {
            Assert.Equal(text.Value, cached[text.Name].Value);
            Assert.Equal(text.Value, cached[text.Name].Value);
        }
    }

    [Fact]
    public void Arguments_AreFormattedOnEveryUse()
    {
        var cached = site.Services.GetRequiredService<IStringLocalizer<Ui>>();
        var framework = site.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(Ui));
        using var culture = new CultureScope("en");

        Assert.Equal(framework["Step.Caption", 1, 5, 3].Value, cached["Step.Caption", 1, 5, 3].Value);
        Assert.Equal(framework["Step.Caption", 2, 6, 4].Value, cached["Step.Caption", 2, 6, 4].Value);
        Assert.NotEqual(cached["Step.Caption", 1, 5, 3].Value, cached["Step.Caption", 2, 6, 4].Value);
    }

    [Fact]
    public void UnknownKey_IsReportedNotFound()
    {
        var cached = site.Services.GetRequiredService<IStringLocalizer<Ui>>();
        using var culture = new CultureScope("en");

        var text = cached["No.Such.Key"];

        Assert.True(text.ResourceNotFound);
        Assert.Equal("No.Such.Key", text.Value);
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = new CultureInfo(name);
            CultureInfo.CurrentUICulture = new CultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}

using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Site;

namespace SelfHelp.Web.Tests.Site;

public sealed class SiteOptionsTests
{
    [Fact]
    public void Start_PlaceholderOperatorInProduction_RefusesNamingTheKey()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, settings: new() { ["Site:Operator"] = SiteOptions.PlaceholderOperator });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Site:Operator is still the placeholder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PlaceholderOperatorInDevelopment_Starts()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, "Development", settings: new() { ["Site:Operator"] = SiteOptions.PlaceholderOperator });

        var about = await site.CreateClient().GetDocumentAsync("/about");

        Assert.Contains(SiteOptions.PlaceholderOperator, about.Single("main").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_ShipsThePlaceholderOperator()
    {
        var settings = File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "src", "SelfHelp.Web", "appsettings.json"));

        Assert.Contains($"\"Operator\": \"{SiteOptions.PlaceholderOperator}\"", settings, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("help.example.org")]
    [InlineData("https://help.example.org/path")]
    [InlineData("https://help.example.org/?q=1")]
    [InlineData("https://user@help.example.org")]
    [InlineData("ftp://help.example.org")]
    public void Start_PublicOriginMissingOrNotAnOrigin_RefusesNamingTheKey(string origin)
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, settings: new() { ["Site:PublicOrigin"] = origin });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Site:PublicOrigin must", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://help.example.org", "https://help.example.org/")]
    [InlineData("https://help.example.org/", "https://help.example.org/")]
    [InlineData("http://localhost:5080", "http://localhost:5080/")]
    [InlineData("HTTPS://Help.Example.org", "https://help.example.org/")]
    public void PublicOriginUri_IsTheSchemeHostAndPort(string origin, string expected)
    {
        Assert.Equal(new Uri(expected), new SiteOptions { PublicOrigin = origin }.PublicOriginUri);
    }

    [Fact]
    public void HostNames_ArePublicHostOnionLoopbackAndAnyExtra()
    {
        var site = new SiteOptions { PublicOrigin = "https://help.example.org", OnionAddress = "abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrstuvwx.onion" };

        var names = HostNames.Allowed(site, "www.example.org; help.example.org");

        Assert.Equal(["help.example.org", site.OnionAddress, "localhost", "127.0.0.1", "[::1]", "www.example.org"], names);
    }

    [Theory]
    [InlineData("Security:PostsPerMinute", "0")]
    [InlineData("Security:PostsPerMinute", "-5")]
    [InlineData("Progress:CookieDays", "0")]
    [InlineData("Progress:MaxCookieBytes", "100")]
    [InlineData("Pacing:ModulesPerDay", "0")]
    public void Start_NumericSettingOutOfRange_RefusesNamingTheKey(string key, string value)
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, settings: new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains($"{key} must be from", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Every number an operator can set has a range, so that a typo cannot turn a limit off.</summary>
    [Fact]
    public void EveryNumericSetting_HasAValidatedRange()
    {
        var numeric = typeof(SiteOptions).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.GetField("Section") is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            .Where(p => !(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum)
            .Where(p => Type.GetTypeCode(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is TypeCode.Int32 or TypeCode.Int64 or TypeCode.Double or TypeCode.Decimal)
            .ToList();

        Assert.True(numeric.Count >= 4, $"Only {numeric.Count} numeric settings found: the search is broken.");
        Assert.All(numeric, p => Assert.True(p.GetCustomAttribute<RangeAttribute>() is not null, $"{p.DeclaringType!.Name}.{p.Name} has no [Range]."));
    }

    [Fact]
    public void Start_SingletonHoldingAPerRequestService_RefusesToStart()
    {
        using var site = new SelfHelpFactory(Paths.FixtureContent, services: s => s.AddSingleton<HoldsContentStore>());

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Cannot consume scoped service", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class HoldsContentStore(ContentStore content)
    {
        public ContentStore Content { get; } = content;
    }
}

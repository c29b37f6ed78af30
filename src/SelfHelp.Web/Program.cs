using System.Text;
using Microsoft.Net.Http.Headers;
using SelfHelp.Web.ContentHosting;
using SelfHelp.Web.Feedback;
using SelfHelp.Web.Forms;
using SelfHelp.Web.Health;
using SelfHelp.Web.Keys;
using SelfHelp.Web.Languages;
using SelfHelp.Web.Logging;
using SelfHelp.Web.Pages;
using SelfHelp.Web.Plan;
using SelfHelp.Web.Progress;
using SelfHelp.Web.Safety;
using SelfHelp.Web.Security;
using SelfHelp.Web.Seo;
using SelfHelp.Web.Serving;
using SelfHelp.Web.Site;

var builder = WebApplication.CreateBuilder(args);

// Serves wwwroot's build output (compressed, fingerprinted) from a build in any environment; a no-op once published.
builder.WebHost.UseStaticWebAssets();

// A registration mistake (a singleton holding a per-request service) stops the site at start in every environment.
builder.Host.UseDefaultServiceProvider(options =>
{
    options.ValidateOnBuild = true;
    options.ValidateScopes = true;
});

builder.AddSelfHelpLogging();
builder.Services.AddSelfHelpSite(builder.Configuration);
builder.Services.AddSelfHelpContent(builder.Configuration, builder.Environment);
builder.Services.AddSelfHelpLanguage();
builder.Services.AddSelfHelpKeyRing(builder.Configuration, builder.Environment);
builder.Services.AddSelfHelpProgress(builder.Configuration);
builder.Services.AddSelfHelpForms();
builder.Services.AddSelfHelpPlan();
builder.Services.AddSelfHelpFeedback(builder.Configuration, builder.Environment);
builder.Services.AddSelfHelpSafety(builder.Configuration);
builder.Services.AddSelfHelpPages();
builder.Services.AddSelfHelpRequestLimits(builder.Configuration);
builder.Services.AddSelfHelpSecurityHeaders();
builder.AddSelfHelpServing();
builder.Services.AddSelfHelpHealth();

builder.WebHost.ConfigureKestrel(options =>
{
    options.AddServerHeader = false;

    // A full notebook sends about 30 KB of cookies (ADR 0002); the default of 32 KB for all headers is too tight.
    options.Limits.MaxRequestHeadersTotalSize = ProgressLimits.MaxRequestHeadersBytes;

    // Cookies are read as Latin-1, where every byte is a character. By default Kestrel reads headers as strict UTF-8
    // and answers a bare 400, before the site runs (no safety panel, no way on), to any request whose Cookie header
    // is not valid UTF-8: one odd cookie that another application on the same domain set would shut a person out of
    // every page. The site's own cookies are ASCII, so they read the same either way.
    options.RequestHeaderEncodingSelector = header =>
        string.Equals(header, HeaderNames.Cookie, StringComparison.OrdinalIgnoreCase) ? Encoding.Latin1 : null;
});

var app = builder.Build();

// `--feedback-report FOLDER [--feedback-month yyyy-MM]` writes the feedback report with this site's settings, and exits.
if (FeedbackReportCommand.Folder(args) is { } reportFolder)
{
    return await FeedbackReportCommand.RunAsync(app.Services, reportFolder, FeedbackReportCommand.Month(args));
}

// The framework's host filter (Host names from Site:PublicOrigin) runs before all of these.
app.UseSelfHelpHostNames();
app.UseSelfHelpRequestLogging();
app.UseSelfHelpRequestLimits();
app.UseSelfHelpSecurityHeaders();
app.UseResponseCompression();

// /de/modules/x is the German /modules/x: the language prefix becomes the PathBase, before anything reads content.
app.UseSelfHelpLanguages();

// The request log writes one line for a failure; the framework's own multi-line exception log is turned off.
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", SuppressDiagnosticsCallback = _ => true });
app.UseStatusCodePagesWithReExecute("/status/{0}");
app.UseRequestLocalization();
app.UseRouting();
app.UseSelfHelpRouteLogging();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapSeoEndpoints();
app.MapLanguageSwitch();
app.MapSelfHelpHealth();

app.Run();
return 0;

/// <summary>The entry point, public so that tests can start the site.</summary>
public partial class Program;

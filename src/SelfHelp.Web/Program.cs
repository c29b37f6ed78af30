using System.Text;
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

    // Headers are read as Latin-1, where every byte is a character. By default Kestrel reads them as strict UTF-8 and
    // answers a bare 400, before the site runs (no safety panel, no way on), to any request with a header that is not
    // valid UTF-8: one odd cookie that another application on the same domain set, or a header that a proxy or a
    // security product adds with a Latin-1 "é" in it, would shut a person out of every page. Nothing the site reads
    // from a header means anything outside ASCII (its own cookies, languages, forwarded addresses, host names), so
    // these read the same either way; a host name that is not ASCII is still refused by the host filter.
    options.RequestHeaderEncodingSelector = _ => Encoding.Latin1;
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
app.UseSelfHelpRateLimiter();
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

namespace SelfHelp.Web.BrowserTests;

// The pages every browser-level invariant is checked on, with the status each should answer.
internal static class SitePages
{
    public static readonly (string Path, int Status)[] All =
    [
        ("/", 200),
        ("/modules", 200),
        ("/modules/welcome", 200),
        ("/modules/welcome/1", 200),
        ("/modules/welcome/3", 200),
        ("/modules/real-children", 200),
        ("/my-answers", 200),
        ("/save", 200),
        ("/privacy", 200),
        ("/forget", 200),
        ("/help", 200),
        ("/about", 200),
        ("/exercises", 200),
        ("/preferences", 200),
        ("/e/no-such-code", 404),
        ("/start", 200),
        ("/my-progress", 200),
        ("/practitioners", 200),
        ("/exercises/1.1/sheet", 200),
        ("/modules/real-children/before", 200),
        ("/modules/real-children/1", 200),
        ("/modules/real-children/1/break", 200),
        ("/feedback/welcome", 200),
        ("/my-plan", 200),
        ("/now", 200),
        ("/check-in", 200),
        ("/no-such-page", 404),
    ];
}

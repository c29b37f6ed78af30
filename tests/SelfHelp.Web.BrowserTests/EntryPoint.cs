namespace SelfHelp.Web.BrowserTests;

/// <summary>
/// The test assembly's entry point. <c>screenshots FOLDER</c> writes the documentation's screenshots
/// (<see cref="Screenshots"/>); anything else runs the tests as xunit's own generated entry point would.
/// </summary>
internal static class EntryPoint
{
    public static int Main(string[] args)
    {
        if (args is ["screenshots", var folder])
        {
            return Screenshots.WriteAsync(folder).GetAwaiter().GetResult();
        }

        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
        {
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}

using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

if (args.Length != 1 || args[0] is "-h" or "--help")
{
    Console.Error.WriteLine("""
        Checks a content folder and prints every problem as path:line: message, with a hint.

        Usage: dotnet run --project src/SelfHelp.ContentCheck -- <language folder>
        Example: dotnet run --project src/SelfHelp.ContentCheck -- content/en

        Exit code: 0 when there are no errors (warnings allowed), 1 on any error, 2 on wrong usage.
        """);
    return 2;
}

var result = new ContentLoader().Load(args[0]);
foreach (var problem in result.Problems)
{
    Console.WriteLine(problem);
}

var errors = result.Problems.Count(p => p.Severity == Severity.Error);
var warnings = result.Problems.Length - errors;
Console.WriteLine($"{result.Catalogue.Modules.Length} modules, {result.Catalogue.Exercises.Count()} exercises: {errors} errors, {warnings} warnings.");
return errors > 0 ? 1 : 0;

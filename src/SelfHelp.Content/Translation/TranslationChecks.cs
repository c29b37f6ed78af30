using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Translation;

/// <summary>
/// Compares a translation with the original (ADR 0010). Progress is kept by id, so it carries over between languages
/// only when the ids agree: module ids, step ids (<c>{#id}</c> on a translated heading), form ids, exercise codes,
/// field ids and kinds, list sizes and the number of options (a ticked option is kept by its place). A module not yet
/// translated is a warning: the site links to the original. Everything else that differs is an error.
/// </summary>
public static class TranslationChecks
{
    /// <summary>Every difference between a translation and its original, with the translation's file paths.</summary>
    /// <param name="original">The loaded original language (en).</param>
    /// <param name="translation">The loaded translation.</param>
    /// <returns>Warnings for modules not yet translated, errors for ids that do not agree.</returns>
    public static ImmutableArray<ContentProblem> Compare(ContentLoadResult original, ContentLoadResult translation)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translation);
        var problems = new List<ContentProblem>();
        var language = translation.Catalogue.Language;
        var originalLanguage = original.Catalogue.Language;
        foreach (var module in original.Catalogue.Modules)
        {
            if (translation.Catalogue.FindModule(module.Id) is not { } translated)
            {
                problems.Add(new ContentProblem(
                    Severity.Warning, $"{language}/modules", 0,
                    $"The module '{module.Id}' ({module.SourcePath}) is not in this translation yet.",
                    $"Until it is, its pages in '{language}' say so and link to the '{originalLanguage}' version. Translate it as {Path.Combine(language, "modules", Path.GetFileName(module.SourcePath))} with the same ids."));
                continue;
            }

            CompareModule(module, translated, problems);
        }

        foreach (var module in translation.Catalogue.Modules.Where(m => original.Catalogue.FindModule(m.Id) is null))
        {
            problems.Add(new ContentProblem(
                Severity.Error, module.SourcePath, 1,
                $"The module id '{module.Id}' is not in the '{originalLanguage}' original.",
                "A translation uses the original module's id in its front matter, so that progress and links carry over between languages."));
        }

        return [.. problems];
    }

    private static void CompareModule(Module original, Module translated, List<ContentProblem> problems)
    {
        var path = translated.SourcePath;
        void Error(string message, string hint) => problems.Add(new ContentProblem(Severity.Error, path, 0, message, hint));

        var originalSteps = original.Steps.Select(s => s.Id).ToList();
        var translatedSteps = translated.Steps.Select(s => s.Id).ToList();
        foreach (var missing in originalSteps.Except(translatedSteps, StringComparer.Ordinal))
        {
            Error($"No step has the id '{{#{missing}}}' of the original's step '{original.Steps.First(s => s.Id == missing).Title}'.",
                $"End the matching heading with its id: '## … {{#{missing}}}'.");
        }

        foreach (var extra in translatedSteps.Except(originalSteps, StringComparer.Ordinal))
        {
            Error($"The step id '{extra}' ('{translated.Steps.First(s => s.Id == extra).Title}') is not in the original.",
                "End each translated heading with the original step's id, as '## … {#the-original-id}'. The ids of the original's steps: " + string.Join(", ", originalSteps) + ".");
        }

        if (originalSteps.Count == translatedSteps.Count && originalSteps.Intersect(translatedSteps, StringComparer.Ordinal).Count() == originalSteps.Count
            && !originalSteps.SequenceEqual(translatedSteps, StringComparer.Ordinal))
        {
            Error("The steps are in a different order from the original.", "Keep the original's order, so that step numbers in links and on the phone mean the same step in every language.");
        }

        var originalForms = original.Forms.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var translatedForms = translated.Forms.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var (id, form) in originalForms)
        {
            if (!translatedForms.TryGetValue(id, out var other))
            {
                Error($"The {Name(form)} '{id}' of the original is missing.", "Translate every exercise, reflection and starting point, with the same id.");
                continue;
            }

            CompareForm(form, other, Error);
        }

        foreach (var id in translatedForms.Keys.Except(originalForms.Keys, StringComparer.Ordinal))
        {
            Error($"The form id '{id}' is not in the original.", "Use the original's ids for every exercise, reflection and starting point.");
        }
    }

    private static void CompareForm(FormBlockPart original, FormBlockPart translated, Action<string, string> error)
    {
        var name = $"{Name(original)} '{original.Id}'";
        if (original.Kind != translated.Kind)
        {
            error($"The {name} is a {Name(translated)} here.", "Keep the same kind of block as the original.");
        }

        if (!string.Equals(original.Code, translated.Code, StringComparison.Ordinal))
        {
            error($"The {name} has the code '{translated.Code}'; the original's is '{original.Code}'.", "Exercise codes are the same in every language: practitioners read them out on the phone.");
        }

        var fields = translated.Fields.ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var field in original.Fields)
        {
            if (!fields.TryGetValue(field.Id, out var other))
            {
                error($"The {name} has no field '{field.Id}'.", "Translate every field with the original's id.");
                continue;
            }

            if (other.Kind != field.Kind)
            {
                error($"The field '{field.Id}' of the {name} is a {other.Kind}, not a {field.Kind} as in the original.", "Keep each field's type.");
            }
            else if (other.Options.Length != field.Options.Length)
            {
                error($"The field '{field.Id}' of the {name} has {other.Options.Length} options; the original has {field.Options.Length}.",
                    "Keep the same options in the same order: a ticked option is kept by its place, so it must mean the same in every language.");
            }
            else if (other.Items != field.Items)
            {
                error($"The field '{field.Id}' of the {name} has {other.Items} items; the original has {field.Items}.", "Keep the same number of items.");
            }
        }

        foreach (var extra in fields.Keys.Except(original.Fields.Select(f => f.Id), StringComparer.Ordinal))
        {
            error($"The field '{extra}' of the {name} is not in the original.", "Use the original's field ids.");
        }
    }

    private static string Name(FormBlockPart form) => form.Kind switch
    {
        FormKind.Exercise => "exercise",
        FormKind.Reflection => "reflection",
        FormKind.StartingPoint => "starting point",
        _ => "form",
    };
}

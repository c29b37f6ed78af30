using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Loading;

/// <summary>The checks that look across the whole programme rather than at one module: ids, aliases, order and codes.</summary>
internal static class ProgrammeChecks
{
    /// <summary>Ids and aliases must be unique across modules; each module should have its own order.</summary>
    public static void CheckAcrossModules(List<ModuleSource> sources)
    {
        var owners = new Dictionary<string, ModuleSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var id = source.FrontMatter.Id;
            if (owners.TryGetValue(id, out var first))
            {
                source.Problems.Error(source.FrontMatter.IdLine, $"The id '{id}' is already used by {first.Path}.", "Every module needs its own id. If this is a copy of that module, give it a new id.");
            }
            else
            {
                owners[id] = source;
            }
        }

        var aliasOwners = new Dictionary<string, ModuleSource>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (alias, line) in source.FrontMatter.Aliases)
            {
                if (alias == source.FrontMatter.Id)
                {
                    source.Problems.Error(line, $"The alias '{alias}' is this module's own id.", "An alias is an old id that the module used before; remove this one.");
                }
                else if (owners.TryGetValue(alias, out var owner))
                {
                    source.Problems.Error(line, $"The alias '{alias}' is the id of {owner.Path}.", "An alias is an old id that no module uses any more; remove it from the aliases.");
                }
                else if (!aliasOwners.TryAdd(alias, source))
                {
                    source.Problems.Error(line, $"The alias '{alias}' is also an alias of {aliasOwners[alias].Path}.", "An old id can lead to only one module; remove it from one of them.");
                }
            }
        }

        foreach (var group in sources.GroupBy(s => s.FrontMatter.Order).Where(g => g.Count() > 1))
        {
            foreach (var source in group.Skip(1))
            {
                source.Problems.Warning(source.FrontMatter.OrderLine, $"Order {group.Key} is also used by {group.First().Path}.", "Give each module its own 'order' so the programme has a clear sequence.");
            }
        }
    }

    /// <summary>Exercise codes must differ across the whole programme as people read them out: "7.2" and "7-2" are the same code.</summary>
    public static void CheckCodes(List<ModuleSource> sources)
    {
        var seen = new Dictionary<string, (ModuleSource Source, FormBlockPart Form)>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var form in source.Forms.Where(f => f.Part.Code is not null))
            {
                var code = form.Part.Code!;
                if (seen.TryGetValue(ExerciseCode.Normalize(code), out var first))
                {
                    var where = first.Source == source ? "this module" : first.Source.Path;
                    var same = first.Form.Code == code ? "" : " when read out";
                    source.Problems.Error(form.CodeLine, $"The exercise code '{code}' ({form.Part.Id}) is the same as '{first.Form.Code}' ({first.Form.Id}) in {where}{same}.", "Codes are compared ignoring case, spaces, dots and dashes. Give this exercise a different code; never change a code once it is published.");
                }
                else
                {
                    seen[ExerciseCode.Normalize(code)] = (source, form.Part);
                }
            }
        }
    }
}

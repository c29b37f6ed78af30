using SelfHelp.Content.Loading;
using SelfHelp.Content.Tests.Helplines;
using SelfHelp.Content.Translation;
using SelfHelp.Content.Validation;

namespace SelfHelp.Content.Tests.Translation;

/// <summary>The bundled German is complete and shares every id with the English (ADR 0010).</summary>
public class BundledTranslationTests
{
    [Fact]
    public void German_LoadsWithoutErrorsAndMatchesTheEnglishCompletely()
    {
        var loader = new ContentLoader();
        var english = loader.LoadSite(BundledContent.EnglishFolder);
        var german = loader.LoadSite(Path.Combine(BundledContent.RepositoryRoot, "content", "de"));

        Assert.Empty(german.Errors.Select(e => e.ToString()));
        Assert.Empty(TranslationChecks.Compare(english, german).Select(p => p.ToString()));
        Assert.Equal(english.Catalogue.Modules.Select(m => m.Id), german.Catalogue.Modules.Select(m => m.Id));
        Assert.Equal(english.Catalogue.Exercises.Select(e => e.Code), german.Catalogue.Exercises.Select(e => e.Code));
    }

    [Fact]
    public void German_ModulesAreScoredWithTheWienerSachtextformelInsideTheWindow()
    {
        var german = new ContentLoader().LoadSite(Path.Combine(BundledContent.RepositoryRoot, "content", "de"));

        Assert.All(german.Readability, module => Assert.Equal(SelfHelp.Content.Readability.ReadingFormula.WienerSachtextformel, module.Score.Formula));
        Assert.DoesNotContain(german.Problems, p => p.Severity == Severity.Error && p.Message.Contains("Reading grade", StringComparison.Ordinal));
    }
}

using SelfHelp.Content.Loading;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Progress;

public class RecommendedPathTests
{
    [Fact]
    public void OldIdsFollowTheirAliasAndRemovedModulesAreSkipped()
    {
        var catalogue = new ContentLoader().Load(Paths.FixtureContent).Catalogue;
        var state = ProgressState.Empty.WithPath(["old-first", "removed-long-ago", "second", "first"]);

        var path = RecommendedPath.Modules(catalogue, state);

        Assert.Equal(["first", "second"], path.Select(m => m.Id));
    }
}

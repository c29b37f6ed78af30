using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Loading;
using SelfHelp.Web.Pages.Modules;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Tests.Pages.Modules;

public sealed class JourneyTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly ContentCatalogue Catalogue = new ContentLoader().Load(Paths.BundledContent).Catalogue;
    private static readonly Module[] M = [.. Catalogue.Modules];

    [Fact]
    public void NextModule_WithoutAPath_IsTheNextInProgrammeOrder()
    {
        Assert.Same(M[1], Journey.NextModule(Catalogue, ProgressState.Empty, M[0]));
    }

    [Fact]
    public void NextModule_SkipsFinishedModulesAndWrapsRound()
    {
        var state = Finished(ProgressState.Empty, M[1], M[^1]);

        Assert.Same(M[2], Journey.NextModule(Catalogue, state, M[0]));
        Assert.Same(M[0], Journey.NextModule(Catalogue, state, M[^2]));
    }

    [Fact]
    public void NextModule_EverythingElseFinished_IsNone()
    {
        var state = Finished(ProgressState.Empty, [.. M.Skip(1)]);

        Assert.Null(Journey.NextModule(Catalogue, state, M[0]));
    }

    [Fact]
    public void NextModule_WithAPath_FollowsItFromAnywhereThenTheProgramme()
    {
        var state = ProgressState.Empty.WithPath([M[5].Id, M[2].Id, M[9].Id]);

        Assert.Same(M[9], Journey.NextModule(Catalogue, state, M[2]));
        Assert.Same(M[5], Journey.NextModule(Catalogue, state, M[9]));
        Assert.Same(M[5], Journey.NextModule(Catalogue, state, M[0]));
        Assert.Same(M[4], Journey.NextModule(Catalogue, Finished(state, M[5], M[2], M[9]), M[3]));
    }

    [Fact]
    public void Continue_NothingRead_IsNone()
    {
        Assert.Null(Journey.Continue(Catalogue, ProgressState.Empty));
    }

    [Fact]
    public void Continue_MidModule_IsTheNextUnreadStepAfterWhereTheyLeftOff()
    {
        var steps = M[1].Steps;
        var state = ProgressState.Empty.WithStepRead(M[1].Id, steps[0]).WithStepRead(M[1].Id, steps[2]).WithStepRead(M[1].Id, steps[1]);

        Assert.Equal(new Continuation(M[1], steps[3]), Journey.Continue(Catalogue, state));
        Assert.Equal(new Continuation(M[1], steps[3]), Journey.Continue(Catalogue, state.WithStepRead(M[1].Id, steps[0])));
    }

    [Fact]
    public void Continue_LastStepReadButNotFinished_StaysOnItWhereTheFinishFormIs()
    {
        var last = M[1].Steps[^1];

        var continuation = Journey.Continue(Catalogue, ProgressState.Empty.WithStepRead(M[1].Id, last));

        Assert.Equal(new Continuation(M[1], last), continuation);
    }

    [Fact]
    public void Continue_AfterFinishingAModule_IsTheNextModulesOverviewOrItsNextUnreadStep()
    {
        var state = ReadAll(ProgressState.Empty, M[0]).WithFinished(M[0].Id, 7, Today);

        Assert.Equal(new Continuation(M[1], null), Journey.Continue(Catalogue, state));
        var begun = state.WithStepRead(M[1].Id, M[1].Steps[0]).WithStepRead(M[0].Id, M[0].Steps[^1]);
        Assert.Equal(new Continuation(M[1], M[1].Steps[1]), Journey.Continue(Catalogue, begun));
    }

    [Fact]
    public void Continue_EverythingFinished_IsNone()
    {
        var state = Finished(ProgressState.Empty.WithStepRead(M[0].Id, M[0].Steps[0]), M);

        Assert.Null(Journey.Continue(Catalogue, state));
    }

    private static ProgressState ReadAll(ProgressState state, Module module) =>
        module.Steps.Aggregate(state, (s, step) => s.WithStepRead(module.Id, step));

    private static ProgressState Finished(ProgressState state, params Module[] modules) =>
        modules.Aggregate(state, (s, m) => s.WithFinished(m.Id, 5, Today));
}

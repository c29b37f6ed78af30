using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfHelp.Web.Progress;

/// <summary>
/// Reads the progress cookie before a page runs, so that a bad cookie is deleted while headers can still be set
/// and the page can say, once, that saved progress could not be read.
/// </summary>
internal sealed class ReadProgressFilter(ProgressStore progress) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        _ = progress.Current;
        return next();
    }
}

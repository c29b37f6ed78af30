using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SelfHelp.Web.ContentHosting;

namespace SelfHelp.Web.Pages.Modules;

/// <summary>
/// For every page under /modules: when the <c>id</c> in the URL is an old id listed in a module's aliases, redirect
/// permanently to the same page under the current id, so links that practitioners gave out never break.
/// </summary>
internal sealed class AliasRedirectFilter(ContentStore content) : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.RouteData.Values["id"] is not string id)
        {
            return;
        }

        var catalogue = content.Catalogue;
        if (catalogue.FindModule(id) is null && catalogue.ResolveAlias(id) is { } current)
        {
            var values = new RouteValueDictionary(context.RouteData.Values) { ["id"] = current };
            values.Remove("page");
            context.Result = new RedirectToPageResult(context.ActionDescriptor.ViewEnginePath, values) { Permanent = true };
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}

using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace SelfHelp.Web.Pages;

/// <summary>
/// Each page answers GET and HEAD, and the other methods it has handlers for (POST); any other method gets a 405
/// from routing, with an <c>Allow</c> header, shown inside the layout. Without this a page runs for any method (a
/// TRACE renders a step page with no step). The error pages are left open to every method, because a failed request
/// of any method is re-executed on them.
/// </summary>
internal sealed class PageMethodsConvention : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.ViewEnginePath.StartsWith("/Errors/", StringComparison.Ordinal))
        {
            return;
        }

        var methods = new List<string> { HttpMethods.Get, HttpMethods.Head };
        foreach (var handler in model.HandlerMethods)
        {
            var method = handler.HttpMethod.ToUpperInvariant();
            if (!methods.Contains(method))
            {
                methods.Add(method);
            }
        }

        model.EndpointMetadata.Add(new HttpMethodMetadata(methods));
    }
}

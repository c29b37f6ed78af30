using AngleSharp;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SelfHelp.Web.Tests.Partials;

/// <summary>
/// A partial view from Pages/Shared rendered on its own with the site's services, as bUnit renders a component: the
/// HTML parsed into a document whose body holds what the partial wrote.
/// </summary>
internal sealed class PartialView
{
    private readonly IElement _body;

    private PartialView(IElement body) => _body = body;

    /// <summary>The elements the partial wrote at its top level.</summary>
    public IReadOnlyList<IElement> Elements => _body.Children.ToList();

    public static async Task<PartialView> RenderAsync(IServiceProvider site, string name, object model)
    {
        using var scope = site.CreateScope();
        var services = scope.ServiceProvider;
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("localhost");
        var action = new ActionContext(http, new RouteData(), new ActionDescriptor());
        var found = services.GetRequiredService<IRazorViewEngine>().GetView(executingFilePath: null, $"/Pages/Shared/{name}.cshtml", isMainPage: false);
        var view = found.View ?? throw new InvalidOperationException($"No partial view {name}.");
        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var temp = new TempDataDictionary(http, services.GetRequiredService<ITempDataProvider>());
        await view.RenderAsync(new ViewContext(action, view, data, temp, writer, new HtmlHelperOptions()));
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content($"<!DOCTYPE html><html><body>{writer}</body></html>"));
        return new PartialView(document.Body!);
    }

    public IElement Find(string selector) =>
        _body.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"Nothing matches '{selector}'.");

    public IReadOnlyList<IElement> FindAll(string selector) => _body.QuerySelectorAll(selector).ToList();
}

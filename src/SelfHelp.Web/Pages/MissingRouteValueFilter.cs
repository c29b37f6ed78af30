using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SelfHelp.Web.Pages;

/// <summary>
/// Answers 404 when a route value a handler needs is empty or only spaces (<c>/modules/%20</c>): model binding turns
/// such a value into null, which a handler declared as <c>string id</c> does not expect. Checked once here for every
/// page, so that no page can fail on it.
/// </summary>
internal sealed class MissingRouteValueFilter : IPageFilter
{
    private readonly ConcurrentDictionary<string, string[]> _required = new(StringComparer.Ordinal);

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is not { } handler)
        {
            return;
        }

        var required = _required.GetOrAdd(context.ActionDescriptor.Id, _ => Required(context.ActionDescriptor.AttributeRouteInfo?.Template, handler.Parameters));
        foreach (var name in required)
        {
            if (!context.HandlerArguments.TryGetValue(name, out var argument) || argument is not string value || string.IsNullOrWhiteSpace(value))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The handler's string parameters that are route values and are not declared nullable.</summary>
    private static string[] Required(string? template, IEnumerable<Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor> parameters)
    {
        if (template is null)
        {
            return [];
        }

        var routeValues = RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var nullability = new NullabilityInfoContext();
        return [.. parameters
            .OfType<Microsoft.AspNetCore.Mvc.Infrastructure.IParameterInfoParameterDescriptor>()
            .Select(p => p.ParameterInfo)
            .Where(p => p.ParameterType == typeof(string) && routeValues.Contains(p.Name!) && nullability.Create(p).WriteState == NullabilityState.NotNull)
            .Select(p => p.Name!)];
    }
}

using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SelfHelp.Web.Tests;

internal static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(request => request.Content(html));
    }

    public static IElement Single(this IParentNode node, string selector) =>
        node.QuerySelectorAll(selector) switch
        {
            { Length: 1 } found => found[0],
            var found => throw new Xunit.Sdk.XunitException($"Expected exactly one '{selector}', found {found.Length}."),
        };
}

internal static class HttpClientExtensions
{
    public static Task<HttpResponseMessage> GetPathAsync(this HttpClient client, string path) =>
        client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> GetDocumentAsync(this HttpClient client, string path) =>
        await Html.ParseAsync(await client.GetPathAsync(path));
}

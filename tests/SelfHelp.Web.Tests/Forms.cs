using AngleSharp.Html.Dom;

namespace SelfHelp.Web.Tests;

/// <summary>Posts forms the way a browser without JavaScript does: with the page's antiforgery token and cookies.</summary>
internal static class Forms
{
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        var page = await client.GetDocumentAsync(path);
        return await client.PostFormAsync(path, page, fields);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IHtmlDocument page, params (string Name, string Value)[] fields)
    {
        var token = page.QuerySelector("input[name=__token]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {path}.");
        var values = fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__token", token));
        return client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}

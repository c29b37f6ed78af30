using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace SelfHelp.Web.Serving;

/// <summary>
/// How responses are made cheaply: Brotli and gzip for pages and other text (static files are compressed at build
/// time and served as they are), and UI text read from memory.
/// </summary>
internal static class ServingExtensions
{
    public static void AddSelfHelpServing(this WebApplicationBuilder builder)
    {
        // Run from a build's output (not published), MapStaticAssets re-reads wwwroot on every request so that
        // edits show at once, and sends files labelled gzip but not compressed. Outside Development the build output
        // serves the files compressed at build time, as a published site does; set ReloadStaticAssetsAtRuntime to
        // choose otherwise.
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadAtRuntime] is null)
        {
            builder.Configuration[ReloadAtRuntime] = "false";
        }

        var services = builder.Services;
        services.AddSingleton<IStringLocalizer<Ui>, CachedStringLocalizer<Ui>>();

        services.AddResponseCompression(options =>
        {
            // Pages are compressed over HTTPS too (the framework's default is not to, because of BREACH): ADR 0005
            // explains why that is safe here and which rule keeps it safe.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });

        // A page is 10 to 20 KB. Brotli's fastest level shrinks a 17 KB step page to 4.8 KB in about 60 µs (a sixth
        // of what rendering it costs). gzip's fastest level (zlib-ng's "quick" strategy) only halves small pages, so
        // gzip, the fallback for old browsers, uses the default level (3.5 KB, also about 60 µs).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, BreachSafeCompressionProvider>());
    }

    private const string ReloadAtRuntime = "ReloadStaticAssetsAtRuntime";
}

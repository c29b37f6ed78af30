using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Serving;

/// <summary>
/// Compresses only responses to GET and HEAD from endpoints that do not reflect request input. A form post's
/// response (which may repeat what was typed next to saved answers) is never compressed.
/// </summary>
internal sealed class BreachSafeCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint()?.Metadata.GetMetadata<ReflectsRequestInputAttribute>() is null
        && base.ShouldCompressResponse(context);
}

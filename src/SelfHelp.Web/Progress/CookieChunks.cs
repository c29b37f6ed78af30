namespace SelfHelp.Web.Progress;

/// <summary>
/// Splits one long cookie value into a family of cookies (<c>name=chunks-N</c> plus <c>nameC1</c>..<c>nameCN</c>) and
/// joins it again. Unlike the framework's <c>ChunkingCookieManager</c>, it decides on the value's length alone and
/// remembers what it wrote, so stale chunks are deleted only when they are beyond the new count (issue 13: a value
/// just under the size limit was written as chunks and then had its chunks deleted by a second guess).
/// </summary>
public sealed class CookieChunks
{
    public const string ChunkedPrefix = "chunks-";

    /// <summary>Characters of value per cookie; with a short name, well under the 4,096 bytes browsers keep.</summary>
    public const int DefaultChunkSize = 3900;

    public CookieChunks(int maxChunks, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 16);
        MaxChunks = maxChunks;
        ChunkSize = chunkSize;
    }

    public int MaxChunks { get; }

    public int ChunkSize { get; }

    /// <summary>The longest value the family can hold.</summary>
    public int Capacity => MaxChunks * ChunkSize;

    /// <summary>How many chunk cookies a value of <paramref name="length"/> characters needs (0: it is written whole).</summary>
    public int ChunksFor(int length) => length <= ChunkSize ? 0 : (length + ChunkSize - 1) / ChunkSize;

    /// <summary>
    /// Reads the whole value, or null when the family is absent. A malformed family (a chunk count out of range or a
    /// missing chunk) is reported through <paramref name="malformed"/>: the caller decides what to do with it.
    /// </summary>
    public string? Read(IRequestCookieCollection cookies, string name, out bool malformed)
    {
        malformed = false;
        if (!cookies.TryGetValue(name, out var first))
        {
            return null;
        }

        if (!first.StartsWith(ChunkedPrefix, StringComparison.Ordinal))
        {
            return first;
        }

        // The chunk count is untrusted: "chunks-2147483647" must not allocate anything that size.
        if (!int.TryParse(first.AsSpan(ChunkedPrefix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            || count < 1 || count > MaxChunks)
        {
            malformed = true;
            return null;
        }

        var builder = new System.Text.StringBuilder(count * ChunkSize);
        for (var chunk = 1; chunk <= count; chunk++)
        {
            if (!cookies.TryGetValue(ChunkName(name, chunk), out var part) || part.Length == 0)
            {
                malformed = true;
                return null;
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes <paramref name="value"/> as one cookie or as chunks, and deletes every chunk beyond the new count that the
    /// browser sent or that <paramref name="writtenBefore"/> says this response already set. Returns the chunk count written.
    /// </summary>
    public int Write(HttpContext context, string name, string value, CookieOptions options, CookieOptions deleteOptions, int writtenBefore = 0)
    {
        if (value.Length > Capacity)
        {
            throw new ArgumentException($"A value of {value.Length} characters does not fit in {MaxChunks} chunks.", nameof(value));
        }

        var cookies = context.Response.Cookies;
        var count = ChunksFor(value.Length);
        if (count == 0)
        {
            cookies.Append(name, value, options);
        }
        else
        {
            cookies.Append(name, ChunkedPrefix + count.ToString(System.Globalization.CultureInfo.InvariantCulture), options);
            for (var chunk = 1; chunk <= count; chunk++)
            {
                var start = (chunk - 1) * ChunkSize;
                cookies.Append(ChunkName(name, chunk), value.Substring(start, Math.Min(ChunkSize, value.Length - start)), options);
            }
        }

        DeleteChunks(context, name, deleteOptions, from: count + 1, writtenBefore);
        return count;
    }

    /// <summary>Deletes the whole family: the main cookie and every chunk the browser sent or this response set.</summary>
    public void Delete(HttpContext context, string name, CookieOptions deleteOptions, int writtenBefore = 0)
    {
        context.Response.Cookies.Delete(name, deleteOptions);
        DeleteChunks(context, name, deleteOptions, from: 1, writtenBefore);
    }

    public static string ChunkName(string name, int chunk) => $"{name}C{chunk.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private void DeleteChunks(HttpContext context, string name, CookieOptions deleteOptions, int from, int writtenBefore)
    {
        // Bounded by MaxChunks whatever the request claims.
        for (var chunk = from; chunk <= MaxChunks; chunk++)
        {
            var chunkName = ChunkName(name, chunk);
            if (chunk <= writtenBefore || context.Request.Cookies.ContainsKey(chunkName))
            {
                context.Response.Cookies.Delete(chunkName, deleteOptions);
            }
        }
    }
}

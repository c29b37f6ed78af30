using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace SelfHelp.Web.Keys;

/// <summary>
/// Where the Data Protection key ring that encrypts progress cookies is kept: a folder (which several machines
/// may share) or Redis. Every instance that serves the same people must use the same key ring.
/// </summary>
public sealed class KeyRingOptions : IValidatableObject
{
    public const string Section = "KeyRing";

    /// <summary>The Redis key that holds the key ring when <see cref="RedisKey"/> is not set.</summary>
    public const string DefaultRedisKey = "SelfHelp-DataProtection-Keys";

    /// <summary>A folder, relative to the content root or absolute. Never inside the repository's tracked files.</summary>
    public string? Path { get; set; }

    /// <summary>A StackExchange.Redis connection string. When set, it is used instead of <see cref="Path"/>.</summary>
    public string? Redis { get; set; }

    /// <summary>The Redis key (a list) that holds the key ring.</summary>
    [StringLength(200, ErrorMessage = "KeyRing:RedisKey must be 200 characters or fewer.")]
    public string RedisKey { get; set; } = DefaultRedisKey;

    /// <summary>
    /// Whether the site may create a key ring when it finds none: true in Development, false elsewhere unless set.
    /// In production an empty ring usually means a folder that is not mounted or a Redis that lost its data, and a new
    /// ring would make everyone's saved progress unreadable for good (ADR 0003). Set it for the very first start.
    /// </summary>
    public bool? AllowNewRing { get; set; }

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesRedis)
        {
            if (string.IsNullOrWhiteSpace(Path))
            {
                yield return new ValidationResult(
                    "KeyRing:Path must name a folder for the Data Protection key ring (or set KeyRing:Redis to a Redis connection string).",
                    [nameof(Path)]);
            }

            yield break;
        }

        if (ParseRedis(Redis!) is null)
        {
            // The connection string may hold a password: it is never repeated in the message.
            yield return new ValidationResult(
                "KeyRing:Redis is not a valid Redis connection string; use the StackExchange.Redis form, such as 'redis.internal:6379,password=...,ssl=true'.",
                [nameof(Redis)]);
        }

        if (string.IsNullOrWhiteSpace(RedisKey))
        {
            yield return new ValidationResult("KeyRing:RedisKey must not be empty; leave it out to use the default.", [nameof(RedisKey)]);
        }
    }

    internal static ConfigurationOptions? ParseRedis(string connection)
    {
        try
        {
            var options = ConfigurationOptions.Parse(connection);
            return options.EndPoints.Count > 0 ? options : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

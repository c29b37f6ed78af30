using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Keys;

/// <summary>Whether this site may create a key ring when it finds none (<c>KeyRing:AllowNewRing</c>).</summary>
public sealed record KeyRingPolicy(bool AllowNewRing);

/// <summary>What the key ring looked like at the last check.</summary>
public enum KeyRingHealth
{
    Unknown,
    Ready,

    /// <summary>The ring holds no keys, and the site may not create one: the folder or Redis has lost them.</summary>
    Empty,

    /// <summary>The ring could not be read at all (permissions, Redis down).</summary>
    Unreadable,
}

/// <summary>
/// Looks after the key ring instead of Data Protection's automatic key creation (ADR 0003): creates the first key
/// only when <c>KeyRing:AllowNewRing</c> allows it, creates the next key two days before the current one expires,
/// and otherwise never writes. An empty or unreadable ring is logged clearly and makes <c>/readyz</c> fail, and the
/// progress cookies made with the missing keys are kept untouched until the keys are back.
/// </summary>
public sealed class KeyRingGuard(IKeyManager keys, KeyRingPolicy policy, IOptions<KeyManagementOptions> management, TimeProvider clock, ILogger<KeyRingGuard> logger)
    : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Propagation = TimeSpan.FromDays(2);

    private volatile KeyRingHealth _health;

    public KeyRingHealth Health => _health;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Checked before the server takes its first request, so no page can ever make a key by accident.
        Check();
        return base.StartAsync(cancellationToken);
    }

    /// <summary>Reads the ring, creates a key where allowed or needed, and records (and logs changes in) its health.</summary>
    public KeyRingHealth Check()
    {
        KeyRingHealth health;
        try
        {
            health = Inspect();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Security.Cryptography.CryptographicException or StackExchange.Redis.RedisException)
        {
            if (_health != KeyRingHealth.Unreadable)
            {
                logger.LogCritical(ex, "The Data Protection key ring cannot be read. Saved progress is kept untouched in people's browsers, but nothing can be saved and /readyz fails until the ring can be read again (see KeyRing:Path or KeyRing:Redis)");
            }

            health = KeyRingHealth.Unreadable;
        }

        if (health == KeyRingHealth.Empty && _health != KeyRingHealth.Empty)
        {
            logger.LogCritical("The Data Protection key ring is empty, and this site may not create a new one. If the site has run before, its keys are missing: mount the key folder or restore Redis; people's saved progress is kept untouched and works again once the keys are back. If this is the first start, start once with KeyRing:AllowNewRing=true. Until then nothing can be saved and /readyz fails");
        }
        else if (health == KeyRingHealth.Ready && _health is KeyRingHealth.Empty or KeyRingHealth.Unreadable)
        {
            logger.LogWarning("The Data Protection key ring can be read again");
        }

        _health = health;
        return health;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            Check();
        }
    }

    private KeyRingHealth Inspect()
    {
        var now = clock.GetUtcNow();
        var usable = keys.GetAllKeys().Where(k => !k.IsRevoked).ToList();
        if (usable.Count == 0)
        {
            if (!policy.AllowNewRing)
            {
                return KeyRingHealth.Empty;
            }

            keys.CreateNewKey(now, now + management.Value.NewKeyLifetime);
            logger.LogInformation("Created a new Data Protection key ring (KeyRing:AllowNewRing is on)");
            return KeyRingHealth.Ready;
        }

        // A key must be active two days from now, so that every instance sharing the ring has seen it before use.
        var horizon = now + Propagation;
        if (!usable.Any(k => k.ActivationDate <= horizon && k.ExpirationDate > horizon))
        {
            var activation = usable.Max(k => k.ExpirationDate);
            activation = activation < now ? now : activation;
            keys.CreateNewKey(activation, activation + management.Value.NewKeyLifetime);
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Created the next Data Protection key, active from {Activation:yyyy-MM-dd}", activation);
            }
        }

        return KeyRingHealth.Ready;
    }
}

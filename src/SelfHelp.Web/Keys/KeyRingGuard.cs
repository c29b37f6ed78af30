using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace SelfHelp.Web.Keys;

/// <summary>
/// Watches the key ring (ADR 0003): at start, before the first request, it makes the first key when the ring is empty
/// and <c>KeyRing:AllowNewRing</c> allows it; then, every five minutes, it reads the ring again. An empty or
/// unreadable ring is logged clearly (once, when it starts) and makes <c>/readyz</c> fail. Data Protection still
/// rotates keys itself, but <see cref="GuardedXmlRepository"/> stops it from starting a new ring where one went missing,
/// so the progress cookies made with the missing keys are kept untouched until the keys are back.
/// </summary>
public sealed class KeyRingGuard(IKeyManager keys, KeyRingPolicy policy, IOptions<KeyManagementOptions> management, TimeProvider clock, ILogger<KeyRingGuard> logger)
    : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(5);

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
        if (keys.GetAllKeys().Any(k => !k.IsRevoked))
        {
            return KeyRingHealth.Ready;
        }

        if (!policy.AllowNewRing)
        {
            return KeyRingHealth.Empty;
        }

        var now = clock.GetUtcNow();
        keys.CreateNewKey(now, now + management.Value.NewKeyLifetime);
        logger.LogInformation("Created a new Data Protection key ring (KeyRing:AllowNewRing is on)");
        return KeyRingHealth.Ready;
    }
}

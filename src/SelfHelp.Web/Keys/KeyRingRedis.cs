using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace SelfHelp.Web.Keys;

/// <summary>
/// The connection to Redis for the key ring, made on first use rather than at start, and kept open (it reconnects
/// by itself). Until Redis answers, <c>/readyz</c> says the instance is not ready.
/// </summary>
internal sealed class KeyRingRedis(IOptions<KeyRingOptions> options) : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection = new(() =>
    {
        var configuration = KeyRingOptions.ParseRedis(options.Value.Redis ?? "")
            ?? throw new InvalidOperationException("KeyRing:Redis is not a valid Redis connection string.");
        configuration.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(configuration);
    });

    public IDatabase Database() => _connection.Value.GetDatabase();

    public void Dispose()
    {
        if (_connection.IsValueCreated)
        {
            _connection.Value.Dispose();
        }
    }
}

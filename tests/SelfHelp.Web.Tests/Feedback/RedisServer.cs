using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SelfHelp.Web.Tests.Feedback;

/// <summary>
/// A real redis-server on 127.0.0.1 and a free port, started for the tests and stopped after them. tests/run.sh
/// installs Debian's redis-server package when it is missing.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private static readonly string[] Binaries = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("selfhelp-redis-");
    private Process? _process;

    public int Port { get; private set; }

    public string Connection => $"127.0.0.1:{Port},connectTimeout=1000,syncTimeout=1000,abortConnect=false";

    public async ValueTask InitializeAsync()
    {
        var binary = Binaries.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server not found: install Debian's package with `apt-get install -y redis-server` (tests/run.sh does).");
        Port = FreePort();
        _process = Process.Start(new ProcessStartInfo(binary, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --dir {_folder.FullName}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        for (var tries = 0; tries < 100; tries++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("redis-server did not start within 5 seconds.");
    }

    /// <summary>Stops the server, as if Redis went away.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _process?.Dispose();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

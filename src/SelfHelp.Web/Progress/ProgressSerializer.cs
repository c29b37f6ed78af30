using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace SelfHelp.Web.Progress;

/// <summary>
/// A compact binary form of <see cref="ProgressState"/>, versioned for future migration, Brotli-compressed when that
/// makes it smaller. Reading is defensive: any malformed input throws <see cref="FormatException"/>.
/// </summary>
internal static class ProgressSerializer
{
    /// <summary>Version 2 added the recommended path and the pace; version 1 cookies are still read.</summary>
    public const byte FormatVersion = 2;

    private const byte FirstVersion = 1;

    // Hard ceilings when reading; a valid state is far below all of them.
    private const int MaxPlainBytes = 64 * 1024;
    private const int MaxItems = 1000;
    private const int MaxString = 4000;

    private const byte Raw = 0;
    private const byte Brotli = 1;

    public static byte[] Serialize(ProgressState state)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(state.LastPosition is not null);
            if (state.LastPosition is { } position)
            {
                writer.Write(position.ModuleId);
                writer.Write7BitEncodedInt(position.Step);
            }

            writer.Write7BitEncodedInt(state.Modules.Count);
            foreach (var (id, module) in state.Modules)
            {
                writer.Write(id);
                writer.Write7BitEncodedInt64((long)module.StepsRead);
                writer.Write(module.Completed);
                writer.Write((byte)module.RatingBefore);
                writer.Write((byte)module.RatingAfter);
                writer.Write7BitEncodedInt(module.Answers.Count);
                foreach (var (formId, fields) in module.Answers)
                {
                    writer.Write(formId);
                    WriteMap(writer, fields);
                }
            }

            WriteMap(writer, state.Preferences);

            // Version 2.
            writer.Write7BitEncodedInt(state.Path.Length);
            foreach (var id in state.Path)
            {
                writer.Write(id);
            }

            writer.Write(state.Pace is not null);
            if (state.Pace is { } pace)
            {
                writer.Write7BitEncodedInt(pace.Day.DayNumber);
                writer.Write7BitEncodedInt(pace.Finished);
            }
        }

        var plain = body.ToArray();
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        var useBrotli = BrotliEncoder.TryCompress(plain, compressed, out var written, quality: 5, window: 20) && written < plain.Length;
        var payload = useBrotli ? compressed.AsSpan(0, written) : plain;
        var result = new byte[payload.Length + 2];
        result[0] = FormatVersion;
        result[1] = useBrotli ? Brotli : Raw;
        payload.CopyTo(result.AsSpan(2));
        return result;
    }

    public static ProgressState Deserialize(ReadOnlySpan<byte> data)
    {
        if (data.Length < 2)
        {
            throw new FormatException("Too short.");
        }

        var version = data[0];
        if (version is not (FirstVersion or FormatVersion))
        {
            throw new FormatException($"Unknown format version {data[0]}.");
        }

        var plain = data[1] switch
        {
            Raw => data[2..].ToArray(),
            Brotli => Decompress(data[2..]),
            _ => throw new FormatException("Unknown encoding."),
        };

        try
        {
            using var reader = new BinaryReader(new MemoryStream(plain), Encoding.UTF8);
            var state = ProgressState.Empty;
            if (reader.ReadBoolean())
            {
                state = state with { LastPosition = new Position(ReadString(reader), Count(reader, 64)) };
            }

            var modules = state.Modules.ToBuilder();
            for (var m = Count(reader, MaxItems); m > 0; m--)
            {
                var id = ReadString(reader);
                var module = new ModuleProgress
                {
                    StepsRead = (ulong)reader.Read7BitEncodedInt64(),
                    Completed = reader.ReadBoolean(),
                    RatingBefore = Rating(reader.ReadByte()),
                    RatingAfter = Rating(reader.ReadByte()),
                };
                var answers = module.Answers.ToBuilder();
                for (var f = Count(reader, MaxItems); f > 0; f--)
                {
                    answers[ReadString(reader)] = ReadMap(reader);
                }

                modules[id] = module with { Answers = answers.ToImmutable() };
            }

            state = state with { Modules = modules.ToImmutable(), Preferences = ReadMap(reader) };
            if (version >= 2)
            {
                var path = ImmutableArray.CreateBuilder<string>();
                for (var i = Count(reader, MaxItems); i > 0; i--)
                {
                    path.Add(ReadString(reader));
                }

                state = state with { Path = path.ToImmutable() };
                if (reader.ReadBoolean())
                {
                    state = state with { Pace = new Pace(DateOnly.FromDayNumber(Count(reader, DateOnly.MaxValue.DayNumber)), Count(reader, MaxItems)) };
                }
            }

            if (reader.BaseStream.Position != reader.BaseStream.Length)
            {
                throw new FormatException("Trailing data.");
            }

            return state;
        }
        catch (EndOfStreamException ex)
        {
            throw new FormatException("Truncated.", ex);
        }
        catch (IOException ex)
        {
            throw new FormatException("Malformed.", ex);
        }
    }

    private static void WriteMap(BinaryWriter writer, ImmutableSortedDictionary<string, string> map)
    {
        writer.Write7BitEncodedInt(map.Count);
        foreach (var (key, value) in map)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    private static ImmutableSortedDictionary<string, string> ReadMap(BinaryReader reader)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        for (var i = Count(reader, MaxItems); i > 0; i--)
        {
            map[ReadString(reader)] = ReadString(reader);
        }

        return map.ToImmutable();
    }

    private static int Count(BinaryReader reader, int max)
    {
        var count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= max ? count : throw new FormatException("Count out of range.");
    }

    private static string ReadString(BinaryReader reader)
    {
        var value = reader.ReadString();
        return value.Length <= MaxString ? value : throw new FormatException("String too long.");
    }

    private static int Rating(byte value) => value <= 10 ? value : throw new FormatException("Rating out of range.");

    private static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(MaxPlainBytes);
        try
        {
            return BrotliDecoder.TryDecompress(data, buffer.AsSpan(0, MaxPlainBytes), out var written)
                ? buffer.AsSpan(0, written).ToArray()
                : throw new FormatException("Not valid Brotli data, or too large.");
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace SelfHelp.Web.Progress;

/// <summary>
/// Compact binary forms of progress, versioned for migration, Brotli-compressed when that makes them smaller:
/// the progress cookie (no answers), one module's answers (a notebook cookie), and the progress file (both).
/// Reading is defensive: any malformed input throws <see cref="FormatException"/>.
/// </summary>
/// <remarks>
/// Version 3 (issue 14) moved answers out of the progress cookie into one cookie per module and keeps "read" marks
/// by step key instead of step number. Versions 1 and 2 (answers inside, steps by number) are still read.
/// </remarks>
internal static partial class ProgressSerializer
{
    public const byte FormatVersion = 3;

    // Hard ceilings when reading; a valid state is far below all of them.
    private const int MaxPlainBytes = 256 * 1024;
    private const int MaxItems = 1000;
    private const int MaxString = 100_000;

    private const byte Raw = 0;
    private const byte Brotli = 1;

    private enum Kind : byte
    {
        Progress = 0,
        Answers = 1,
        File = 2,
    }

    public static byte[] Serialize(ProgressState state) => Pack(Kind.Progress, writer =>
    {
        WriteProgress(writer, state);
        WriteSections(writer, state);
    }, quality: 2);

    /// <summary>
    /// One module's answers, compressed as hard as Brotli can (quality 11: about 15% smaller than 9 on prose, at a few
    /// milliseconds a save), because they are written only when someone saves and room in the notebook is what counts.
    /// </summary>
    public static byte[] SerializeAnswers(ModuleAnswers answers) => Pack(Kind.Answers, writer => WriteAnswers(writer, answers), quality: 11);

    public static byte[] SerializeFile(ProgressState state, Notebook notebook) => Pack(Kind.File, writer =>
    {
        WriteProgress(writer, state);
        var modules = notebook.Modules.Values.Where(m => !m.IsEmpty).ToList();
        writer.Write7BitEncodedInt(modules.Count);
        foreach (var answers in modules)
        {
            WriteAnswers(writer, answers);
        }

        WriteSections(writer, state);
    }, quality: 9);

    /// <summary>Reads a progress cookie or file, in any version.</summary>
    public static StoredProgress Deserialize(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 1 && data[0] is 1 or 2)
        {
            var version = data[0];
            return Read(Unpack(data[1..]), reader => ReadLegacy(reader, version));
        }

        var (kind, plain) = Open(data);
        return kind switch
        {
            Kind.Progress => Read(plain, reader => new StoredProgress(ReadSections(reader, ReadProgress(reader)), Notebook.Empty)),
            Kind.File => Read(plain, reader =>
            {
                var state = ReadProgress(reader);
                var notebook = Notebook.Empty;
                for (var m = Count(reader, MaxItems); m > 0; m--)
                {
                    notebook = notebook.With(ReadAnswers(reader));
                }

                return new StoredProgress(ReadSections(reader, state), notebook);
            }),
            _ => throw new FormatException("Not progress."),
        };
    }

    public static ModuleAnswers DeserializeAnswers(ReadOnlySpan<byte> data)
    {
        var (kind, plain) = Open(data);
        return kind == Kind.Answers ? Read(plain, ReadAnswers) : throw new FormatException("Not answers.");
    }

    private static byte[] Pack(Kind kind, Action<BinaryWriter> write, int quality)
    {
        using var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        var plain = body.GetBuffer().AsSpan(0, (int)body.Length);
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        var useBrotli = BrotliEncoder.TryCompress(plain, compressed, out var written, quality, window: 22) && written < plain.Length;
        var payload = useBrotli ? compressed.AsSpan(0, written) : plain;
        var result = new byte[payload.Length + 3];
        result[0] = FormatVersion;
        result[1] = (byte)kind;
        result[2] = useBrotli ? Brotli : Raw;
        payload.CopyTo(result.AsSpan(3));
        return result;
    }

    private static (Kind Kind, byte[] Plain) Open(ReadOnlySpan<byte> data)
    {
        if (data.Length < 3)
        {
            throw new FormatException("Too short.");
        }

        if (data[0] != FormatVersion)
        {
            throw new FormatException($"Unknown format version {data[0]}.");
        }

        return data[1] <= (byte)Kind.File ? ((Kind)data[1], Unpack(data[2..])) : throw new FormatException("Unknown kind.");
    }

    /// <summary>The encoding byte, then the payload.</summary>
    private static byte[] Unpack(ReadOnlySpan<byte> data) => data.Length < 1
        ? throw new FormatException("Too short.")
        : data[0] switch
        {
            Raw => data[1..].ToArray(),
            Brotli => Decompress(data[1..]),
            _ => throw new FormatException("Unknown encoding."),
        };

    private static T Read<T>(byte[] plain, Func<BinaryReader, T> read)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(plain), Encoding.UTF8);
            var result = read(reader);
            return reader.BaseStream.Position == reader.BaseStream.Length ? result : throw new FormatException("Trailing data.");
        }
        catch (EndOfStreamException ex)
        {
            throw new FormatException("Truncated.", ex);
        }
        catch (IOException ex)
        {
            throw new FormatException("Malformed.", ex);
        }
        catch (ArgumentException ex)
        {
            // Duplicate keys in a map, or a string that is not UTF-8.
            throw new FormatException("Malformed.", ex);
        }
    }

    private static void WriteProgress(BinaryWriter writer, ProgressState state)
    {
        writer.Write(state.LastPosition is not null);
        if (state.LastPosition is { } position)
        {
            writer.Write(position.ModuleId);
            writer.Write(position.Step);
        }

        writer.Write7BitEncodedInt(state.Modules.Count);
        foreach (var (id, module) in state.Modules)
        {
            writer.Write(id);
            writer.Write7BitEncodedInt(module.ReadSteps.Count);
            foreach (var key in module.ReadSteps)
            {
                writer.Write(key);
            }

            writer.Write(module.Completed);
            writer.Write((byte)module.RatingBefore);
            writer.Write((byte)module.RatingAfter);
        }

        WriteMap(writer, state.Preferences);
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

        writer.Write7BitEncodedInt(state.FeedbackGiven.Count);
        foreach (var subject in state.FeedbackGiven)
        {
            writer.Write(subject);
        }
    }

    private static ProgressState ReadProgress(BinaryReader reader)
    {
        var state = ProgressState.Empty;
        if (reader.ReadBoolean())
        {
            state = state with { LastPosition = new Position(ReadString(reader), reader.ReadUInt16()) };
        }

        var modules = state.Modules.ToBuilder();
        for (var m = Count(reader, MaxItems); m > 0; m--)
        {
            var id = ReadString(reader);
            var read = ImmutableSortedSet.CreateBuilder<ushort>();
            for (var s = Count(reader, MaxItems); s > 0; s--)
            {
                read.Add(reader.ReadUInt16());
            }

            modules[id] = new ModuleProgress
            {
                ReadSteps = read.ToImmutable(),
                Completed = reader.ReadBoolean(),
                RatingBefore = Rating(reader.ReadByte()),
                RatingAfter = Rating(reader.ReadByte()),
            };
        }

        state = state with { Modules = modules.ToImmutable(), Preferences = ReadMap(reader), Path = ReadPath(reader) };
        if (reader.ReadBoolean())
        {
            state = state with { Pace = new Pace(DateOnly.FromDayNumber(Count(reader, DateOnly.MaxValue.DayNumber)), Count(reader, MaxItems)) };
        }

        var given = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        for (var i = Count(reader, MaxItems); i > 0; i--)
        {
            given.Add(ReadString(reader));
        }

        return state with { FeedbackGiven = given.ToImmutable() };
    }

    private static void WriteAnswers(BinaryWriter writer, ModuleAnswers answers)
    {
        writer.Write(answers.ModuleId);
        writer.Write7BitEncodedInt(answers.Forms.Count);
        foreach (var (formId, fields) in answers.Forms)
        {
            writer.Write(formId);
            WriteMap(writer, fields);
        }
    }

    private static ModuleAnswers ReadAnswers(BinaryReader reader)
    {
        var answers = ModuleAnswers.Empty(ReadString(reader));
        var forms = answers.Forms.ToBuilder();
        for (var f = Count(reader, MaxItems); f > 0; f--)
        {
            forms.Add(ReadString(reader), ReadMap(reader));
        }

        return answers with { Forms = forms.ToImmutable() };
    }

    /// <summary>Versions 1 and 2: answers inside each module, steps read as a bit mask by number.</summary>
    private static StoredProgress ReadLegacy(BinaryReader reader, byte version)
    {
        (string, int)? position = reader.ReadBoolean() ? (ReadString(reader), Count(reader, 64)) : null;
        var modules = ImmutableSortedDictionary.CreateBuilder<string, ModuleProgress>(StringComparer.Ordinal);
        var steps = ImmutableSortedDictionary.CreateBuilder<string, ulong>(StringComparer.Ordinal);
        var notebook = Notebook.Empty;
        for (var m = Count(reader, MaxItems); m > 0; m--)
        {
            var id = ReadString(reader);
            steps[id] = (ulong)reader.Read7BitEncodedInt64();
            var module = new ModuleProgress
            {
                Completed = reader.ReadBoolean(),
                RatingBefore = Rating(reader.ReadByte()),
                RatingAfter = Rating(reader.ReadByte()),
            };
            var answers = ModuleAnswers.Empty(id);
            for (var f = Count(reader, MaxItems); f > 0; f--)
            {
                answers = answers.With(ReadString(reader), ReadMap(reader));
            }

            modules[id] = module;
            notebook = notebook.With(answers);
        }

        var state = ProgressState.Empty with { Modules = modules.ToImmutable(), Preferences = ReadMap(reader) };
        if (version >= 2)
        {
            state = state with { Path = ReadPath(reader) };
            if (reader.ReadBoolean())
            {
                state = state with { Pace = new Pace(DateOnly.FromDayNumber(Count(reader, DateOnly.MaxValue.DayNumber)), Count(reader, MaxItems)) };
            }
        }

        // Modules with nothing but a read mark are kept until Resolve turns the mark into a key.
        return new StoredProgress(state, notebook) { LegacySteps = steps.ToImmutable(), LegacyPosition = position, IsLegacy = true };
    }

    private static ImmutableArray<string> ReadPath(BinaryReader reader)
    {
        var path = ImmutableArray.CreateBuilder<string>();
        for (var i = Count(reader, MaxItems); i > 0; i--)
        {
            path.Add(ReadString(reader));
        }

        return path.ToImmutable();
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

using System.Collections.Immutable;

namespace SelfHelp.Web.Progress;

/// <remarks>
/// Sections appended after format 3's fields (issue 18), in the progress cookie and after the answers in a file: a
/// section is a tag byte, its length and its bytes. A cookie without sections (everything written before) reads as
/// before; a section this version does not know is skipped by its length, so later sections can be added without a
/// new format version. A site older than this change reads a cookie with sections as damaged (ADR 0002).
/// </remarks>
internal static partial class ProgressSerializer
{
    private const byte CheckInsSection = 1;

    private static void WriteSections(BinaryWriter writer, ProgressState state)
    {
        if (state.CheckIns.IsEmpty && state.CheckInSnoozed is null)
        {
            return;
        }

        using var body = new MemoryStream();
        using (var section = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteCheckIns(section, state);
        }

        writer.Write(CheckInsSection);
        writer.Write7BitEncodedInt((int)body.Length);
        writer.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    private static ProgressState ReadSections(BinaryReader reader, ProgressState state)
    {
        var stream = reader.BaseStream;
        while (stream.Position < stream.Length)
        {
            var tag = reader.ReadByte();
            var length = Count(reader, MaxPlainBytes);
            if (length > stream.Length - stream.Position)
            {
                throw new FormatException("Section runs past the end.");
            }

            var bytes = reader.ReadBytes(length);
            if (tag == CheckInsSection)
            {
                state = Read(bytes, section => ReadCheckIns(section, state));
            }
        }

        return state;
    }

    /// <summary>Check-ins, oldest first: the first day in full, then days since the one before; each answer as two bytes (key, value).</summary>
    private static void WriteCheckIns(BinaryWriter writer, ProgressState state)
    {
        writer.Write7BitEncodedInt(state.CheckIns.Length);
        var previous = 0;
        foreach (var checkIn in state.CheckIns)
        {
            writer.Write7BitEncodedInt(checkIn.Day.DayNumber - previous);
            previous = checkIn.Day.DayNumber;
            writer.Write((byte)checkIn.Answers.Count);
            foreach (var (key, value) in checkIn.Answers)
            {
                writer.Write(key);
                writer.Write(value);
            }
        }

        writer.Write(state.CheckInSnoozed is not null);
        if (state.CheckInSnoozed is { } snoozed)
        {
            writer.Write7BitEncodedInt(snoozed.DayNumber);
        }
    }

    private static ProgressState ReadCheckIns(BinaryReader reader, ProgressState state)
    {
        var checkIns = ImmutableArray.CreateBuilder<CheckIn>();
        var day = 0;
        for (var i = Count(reader, MaxItems); i > 0; i--)
        {
            var delta = Count(reader, DateOnly.MaxValue.DayNumber);
            day = checkIns.Count == 0 ? delta : checked(day + delta);
            if (day > DateOnly.MaxValue.DayNumber || (checkIns.Count > 0 && delta == 0))
            {
                throw new FormatException("Check-in day out of order.");
            }

            var answers = ImmutableSortedDictionary.CreateBuilder<byte, byte>();
            for (var n = reader.ReadByte(); n > 0; n--)
            {
                answers.Add(reader.ReadByte(), reader.ReadByte());
            }

            checkIns.Add(new CheckIn(DateOnly.FromDayNumber(day), answers.ToImmutable()));
        }

        DateOnly? snoozed = reader.ReadBoolean() ? DateOnly.FromDayNumber(Count(reader, DateOnly.MaxValue.DayNumber)) : null;
        return state with { CheckIns = checkIns.ToImmutable(), CheckInSnoozed = snoozed };
    }
}

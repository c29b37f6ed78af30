namespace SelfHelp.Content.Helplines;

/// <summary>
/// A service's state at a moment: open (until when, unless it never closes), closed (and when it opens next), or not
/// known.
/// </summary>
/// <param name="State">Open, closed or unknown.</param>
/// <param name="Until">When open: when it closes, in the service's time zone; null when it never closes.</param>
/// <param name="Opens">When closed: when it opens next, in the service's time zone.</param>
public sealed record OpeningStatus(OpeningState State, DateTimeOffset? Until, DateTimeOffset? Opens)
{
    /// <summary>No hours known.</summary>
    public static OpeningStatus Unknown { get; } = new(OpeningState.Unknown, null, null);

    /// <summary>True when open now.</summary>
    public bool IsOpen => State == OpeningState.Open;

    /// <summary>True when open and never closes (24 hours, every day).</summary>
    public bool IsAlwaysOpen => State == OpeningState.Open && Until is null;
}

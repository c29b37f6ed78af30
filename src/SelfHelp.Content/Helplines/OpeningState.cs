namespace SelfHelp.Content.Helplines;

/// <summary>Whether a service is open at a moment, worked out from its opening hours and time zone.</summary>
public enum OpeningState
{
    /// <summary>No opening hours are known.</summary>
    Unknown,

    /// <summary>Open now.</summary>
    Open,

    /// <summary>Closed now.</summary>
    Closed,
}

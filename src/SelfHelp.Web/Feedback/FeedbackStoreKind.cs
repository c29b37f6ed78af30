namespace SelfHelp.Web.Feedback;

/// <summary>Where feedback counts are kept.</summary>
public enum FeedbackStoreKind
{
    /// <summary>A SQLite file on this machine: one machine.</summary>
    Sqlite,

    /// <summary>The Redis that holds the shared key ring: several machines.</summary>
    Redis,

    /// <summary>No feedback is asked for.</summary>
    Off,
}

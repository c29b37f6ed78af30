using System.ComponentModel.DataAnnotations;

namespace SelfHelp.Web.Feedback;

/// <summary>Where anonymous feedback is counted, and what is shown of it (issue 20, docs/privacy-model.md).</summary>
public sealed class FeedbackOptions : IValidatableObject
{
    public const string Section = "Feedback";

    /// <summary><c>Sqlite</c> (a file on this machine, the default), <c>Redis</c> (the key ring's Redis) or <c>Off</c>.</summary>
    public FeedbackStoreKind Store { get; set; } = FeedbackStoreKind.Sqlite;

    /// <summary>The SQLite file, relative to the content root or absolute.</summary>
    public string Path { get; set; } = "feedback/feedback.db";

    /// <summary>The Redis key (a hash) that holds the counts.</summary>
    [StringLength(200, MinimumLength = 1, ErrorMessage = "Feedback:RedisKey must be 1 to 200 characters.")]
    public string RedisKey { get; set; } = "SelfHelp-Feedback-Counts";

    /// <summary>Counts under this are never shown, in the report or on the public page.</summary>
    [Range(5, 1000, ErrorMessage = "Feedback:HideBelow must be from 5 to 1000.")]
    public int HideBelow { get; set; } = 10;

    /// <summary>Whether "What people told us" (<c>/what-people-told-us</c>) shows the summary to everyone.</summary>
    public bool PublicResults { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Store == FeedbackStoreKind.Sqlite && string.IsNullOrWhiteSpace(Path))
        {
            yield return new ValidationResult("Feedback:Path must name a file for the feedback counts (or set Feedback:Store to Redis or Off).", [nameof(Path)]);
        }
    }
}

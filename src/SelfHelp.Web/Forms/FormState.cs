namespace SelfHelp.Web.Forms;

/// <summary>What a form shows besides its questions: values, errors, and the outcome of the last save.</summary>
/// <param name="Values">Field id to stored value.</param>
/// <param name="Errors">Field id to message.</param>
/// <param name="Saved">True just after a successful save.</param>
/// <param name="TooLarge">True when the answers did not fit and were not saved.</param>
public sealed record FormState(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyDictionary<string, string> Errors,
    bool Saved = false,
    bool TooLarge = false)
{
    public static readonly FormState Blank = new(new Dictionary<string, string>(), new Dictionary<string, string>());
}

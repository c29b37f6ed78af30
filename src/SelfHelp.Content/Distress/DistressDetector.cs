using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.Catalogue;

namespace SelfHelp.Content.Distress;

/// <summary>
/// Notices when an answer suggests that the writer, or a child, may be in danger, using the rules editors keep in
/// <c>distress.yml</c>. Runs in memory on the answer being saved; nothing is sent anywhere, logged or stored.
/// Immutable and safe to use from several threads.
/// </summary>
/// <remarks>
/// An answer is read the way people write (case, punctuation, apostrophes, spacing, common misspellings and
/// run-together words, through the file's <c>spellings</c>), then each sentence is tried against the rules: phrases
/// with word groups and short gaps, and "near" rules that find two things close together (a child and being alone
/// with them). "Never" before a match, or "in the images" after it, cancels it only for the kinds the file's
/// <c>negation</c> names (a child at risk): for suicide and self-harm a false alarm only shows a kind message, while a
/// missed one could leave someone alone.
/// </remarks>
public sealed class DistressDetector
{
    private readonly Spellings _spellings;
    private readonly ImmutableArray<PhraseRule> _phrases;
    private readonly ImmutableArray<NearRule> _near;
    private readonly Negation _negation;

    internal DistressDetector(Spellings spellings, IEnumerable<PhraseRule> phrases, IEnumerable<NearRule> near, Negation negation)
    {
        _spellings = spellings;
        _phrases = [.. phrases];
        _near = [.. near];
        _negation = negation;
    }

    /// <summary>No rules: finds nothing.</summary>
    public static DistressDetector Empty { get; } = new(Spellings.None, [], [], Negation.None);

    /// <summary>How many rules there are (phrases and near rules).</summary>
    public int RuleCount => _phrases.Length + _near.Length;

    /// <summary>What <paramref name="text"/> suggests; <see cref="DistressResult.None"/> almost always.</summary>
    public DistressResult Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DistressResult.Of(Explain(text, stopAtFirstPerKind: true).Select(m => m.Kind));
    }

    /// <summary>
    /// What one saved form suggests: its text and list answers are read as <see cref="Find"/> does, and a scale's
    /// rating counts when the scale declares it with <c>support-at</c>. Checklists are not read.
    /// </summary>
    /// <param name="form">The form, as the content defines it.</param>
    /// <param name="answers">The saved values by field id (a list's items separated by a control character).</param>
    public DistressResult Check(FormBlockPart form, IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var result = DistressResult.None;
        foreach (var field in form.Fields)
        {
            if (!answers.TryGetValue(field.Id, out var value) || string.IsNullOrEmpty(value))
            {
                continue;
            }

            result = field.Kind switch
            {
                FieldKind.Text or FieldKind.List => result.With(Find(value)),
                FieldKind.Scale when field.SupportAt is { } range
                    && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating)
                    && range.Contains(rating) => result.With(DistressResult.Of([DistressKind.ExtremeRating])),
                _ => result,
            };
        }

        return result;
    }

    /// <summary>Every rule that matches <paramref name="text"/>, in file order; for editors checking rules, and tests.</summary>
    public IReadOnlyList<DistressMatch> Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Explain(text, stopAtFirstPerKind: false);
    }

    private List<DistressMatch> Explain(string text, bool stopAtFirstPerKind)
    {
        var matches = new List<DistressMatch>();
        if (RuleCount == 0)
        {
            return matches;
        }

        var found = new HashSet<DistressKind>();
        foreach (var sentence in _spellings.Read(text))
        {
            foreach (var rule in _phrases)
            {
                if (!(stopAtFirstPerKind && found.Contains(rule.Kind))
                    && rule.Pattern.Matches(sentence).Any(m => !_negation.Cancels(rule.Kind, sentence, m.Start, m.End)))
                {
                    found.Add(rule.Kind);
                    matches.Add(new DistressMatch(rule.Kind, rule.Pattern.Text, rule.Pattern.Line));
                }
            }

            foreach (var rule in _near)
            {
                if (!(stopAtFirstPerKind && found.Contains(rule.Kind)) && NearMatch(rule, sentence))
                {
                    found.Add(rule.Kind);
                    matches.Add(new DistressMatch(rule.Kind, rule.Text, rule.Line));
                }
            }
        }

        return [.. matches.DistinctBy(m => (m.Kind, m.Line, m.Rule))];
    }

    private bool NearMatch(NearRule rule, Word[] sentence)
    {
        var these = rule.These.SelectMany(p => p.Matches(sentence)).ToList();
        if (these.Count == 0)
        {
            return false;
        }

        foreach (var (start, end) in rule.And.SelectMany(p => p.Matches(sentence)))
        {
            foreach (var (otherStart, otherEnd) in these)
            {
                var between = Math.Max(0, Math.Max(start - otherEnd, otherStart - end));
                if (between <= rule.Within && !_negation.Cancels(rule.Kind, sentence, Math.Min(start, otherStart), Math.Max(end, otherEnd)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

using System.Collections.Immutable;
using System.Globalization;
using SelfHelp.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SelfHelp.Content.Loading;

/// <summary>
/// Reads a YAML mapping written by an editor, reporting every problem with the line it is on.
/// Uses YamlDotNet's node model rather than a deserializer so that each key keeps its line.
/// </summary>
internal sealed class YamlMap
{
    // Deeply nested YAML overflows YamlDotNet's stack, which no catch can stop; nothing an editor writes needs more.
    private const int MaxDepth = 16;

    private const string QuotingAdvice = "Indent with spaces, not tabs. Put a value in double quotes when it contains ': ' or ' #', or starts with one of [ { > | * & ! % @ ` \" ' (for example: summary: \"Why change: your reasons\").";

    private readonly YamlMappingNode _node;
    private readonly ProblemList _problems;
    private readonly int _lineOffset;

    private YamlMap(YamlMappingNode node, ProblemList problems, int lineOffset, string what)
    {
        _node = node;
        _problems = problems;
        _lineOffset = lineOffset;
        What = what;
    }

    public string What { get; }

    public int Line => _lineOffset + (int)_node.Start.Line;

    /// <summary>Parses YAML text whose first line is at file line <paramref name="firstLine"/>.</summary>
    public static YamlMap? Parse(string text, int firstLine, ProblemList problems, string what, string example)
    {
        var tooDeep = $"The {what} has too many levels of lists or brackets inside each other.";
        var tooDeepHint = $"Write it as plain 'key: value' lines, for example:{Environment.NewLine}{example}";
        if (TooManyBrackets(text))
        {
            problems.Error(firstLine, tooDeep, tooDeepHint);
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text))));
        }
        catch (NestingTooDeepException)
        {
            problems.Error(firstLine, tooDeep, tooDeepHint);
            return null;
        }
        catch (YamlException ex)
        {
            var line = firstLine - 1 + (int)Math.Max(1, ex.Start.Line);
            problems.Error(line, $"The {what} is not valid YAML: {FirstSentence(ex.Message)}", $"{QuotingAdvice} It should look like:{Environment.NewLine}{example}");
            return null;
        }
        catch (Exception)
        {
            // YamlDotNet throws other exceptions, without a position, on some broken input: InvalidOperationException
            // for "- [" followed by a line, ArgumentException for ": []*:". Loading must never throw.
            problems.Error(firstLine, $"The {what} is not valid YAML.", $"Check for a '[' or '{{' that is never closed. {QuotingAdvice} It should look like:{Environment.NewLine}{example}");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            // Nothing inside the block: point at its opening line, since the next line is already its end.
            problems.Error(string.IsNullOrWhiteSpace(text) ? firstLine - 1 : firstLine, $"The {what} is empty or is not a list of 'key: value' lines.", $"Write it as 'key: value' lines, for example:{Environment.NewLine}{example}");
            return null;
        }

        return new YamlMap(mapping, problems, firstLine - 1, what);
    }

    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                var suggestion = Suggest.Closest(name, allowed);
                var hint = suggestion is null
                    ? $"Allowed keys: {string.Join(", ", allowed)}."
                    : $"Did you mean '{suggestion}'? Allowed keys: {string.Join(", ", allowed)}.";
                _problems.Error(LineOf(key), $"Unknown key '{name}' in the {What}.", hint);
            }
        }
    }

    public bool Has(string key) => Find(key) is not null;

    public int LineOf(string key) => Find(key) is { } pair ? LineOf(pair.Key) : Line;

    public string? String(string key, bool required, string hint)
    {
        if (Find(key) is not { } pair)
        {
            if (required)
            {
                _problems.Error(Line, $"The {What} has no '{key}'.", hint);
            }

            return null;
        }

        if (pair.Value is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
        {
            _problems.Error(LineOf(pair.Key), $"'{key}' in the {What} needs a single text value.", hint);
            return null;
        }

        return scalar.Value.Trim();
    }

    public int? Int(string key, int min, int max, string hint)
    {
        var text = String(key, required: false, hint);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            _problems.Error(LineOf(key), $"'{key}' in the {What} must be a whole number from {min} to {max}, not '{text}'.", hint);
            return null;
        }

        return value;
    }

    public ImmutableArray<string> StringList(string key, string hint) => [.. StringItems(key, hint).Select(i => i.Value)];

    /// <summary>A list of short texts, each with its line; a single text counts as a list of one.</summary>
    public ImmutableArray<(string Value, int Line)> StringItems(string key, string hint)
    {
        if (Find(key) is not { } pair)
        {
            return [];
        }

        if (pair.Value is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value))
        {
            return [(single.Value.Trim(), LineOf(single))];
        }

        if (pair.Value is not YamlSequenceNode sequence)
        {
            _problems.Error(LineOf(pair.Key), $"'{key}' in the {What} must be a list.", hint);
            return [];
        }

        var items = ImmutableArray.CreateBuilder<(string, int)>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrWhiteSpace(scalar.Value))
            {
                items.Add((scalar.Value.Trim(), LineOf(scalar)));
            }
            else
            {
                _problems.Error(LineOf(item), $"Each item of '{key}' in the {What} must be a short piece of text.", hint);
            }
        }

        return items.ToImmutable();
    }

    public IReadOnlyList<YamlMap> MapList(string key, string itemWhat, string hint)
    {
        if (Find(key) is not { } pair)
        {
            return [];
        }

        if (pair.Value is not YamlSequenceNode sequence)
        {
            _problems.Error(LineOf(pair.Key), $"'{key}' in the {What} must be a list of items starting with '- '.", hint);
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                maps.Add(new YamlMap(mapping, _problems, _lineOffset, itemWhat));
            }
            else
            {
                _problems.Error(LineOf(item), $"Each item of '{key}' in the {What} must be a set of 'key: value' lines.", hint);
            }
        }

        return maps;
    }

    /// <summary>The keys, in the order written.</summary>
    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    /// <summary>A nested set of 'key: value' lines, or null (with an error when present but not a mapping).</summary>
    public YamlMap? Map(string key, string what, string hint)
    {
        if (Find(key) is not { } pair)
        {
            return null;
        }

        if (pair.Value is not YamlMappingNode mapping)
        {
            _problems.Error(LineOf(pair.Key), $"'{key}' in the {What} must be a set of 'key: value' lines.", hint);
            return null;
        }

        return new YamlMap(mapping, _problems, _lineOffset, what);
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string key)
    {
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode scalar && scalar.Value == key)
            {
                return pair;
            }
        }

        return null;
    }

    private int LineOf(YamlNode node) => _lineOffset + (int)node.Start.Line;

    /// <summary>
    /// Counts brackets on the raw text before YamlDotNet sees it: its scanner recurses on them.
    /// </summary>
    private static bool TooManyBrackets(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth = Math.Max(0, depth + c switch
            {
                '[' or '{' => 1,
                ']' or '}' => -1,
                _ => 0,
            });
            if (depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Passes the parser's events to the loader, stopping as soon as block nesting goes deeper than
    /// <see cref="MaxDepth"/>: the loader recurses once per level, so it never gets deeper than that. (One pass over
    /// the text, where checking first and loading after would parse it twice.)
    /// </summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            _depth += inner.Current switch
            {
                SequenceStart or MappingStart => 1,
                SequenceEnd or MappingEnd => -1,
                _ => 0,
            };
            return _depth <= MaxDepth ? true : throw new NestingTooDeepException();
        }
    }

    private sealed class NestingTooDeepException : Exception;

    private static string FirstSentence(string message)
    {
        var index = message.IndexOf("):", StringComparison.Ordinal);
        return (index >= 0 ? message[(index + 2)..] : message).Trim();
    }
}

using System.Collections.Immutable;
using SelfHelp.Content.Catalogue;
using SelfHelp.Content.Feedback;

namespace SelfHelp.Web.Feedback;

/// <summary>Every question about one module, or about the whole programme.</summary>
public sealed record SubjectSummary(string Id, string Title, ImmutableArray<QuestionSummary> Questions);

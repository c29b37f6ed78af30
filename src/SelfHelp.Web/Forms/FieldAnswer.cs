using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Forms;

/// <summary>One answered question, as lines a person can read.</summary>
public sealed record FieldAnswer(string Question, IReadOnlyList<string> Lines, bool IsList = false);

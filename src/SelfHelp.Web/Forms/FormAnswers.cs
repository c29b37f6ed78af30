using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Forms;

/// <summary>One answered form.</summary>
public sealed record FormAnswers(string Title, IReadOnlyList<FieldAnswer> Fields);

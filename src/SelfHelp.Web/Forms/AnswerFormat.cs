using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SelfHelp.Content.Catalogue;
using SelfHelp.Web.Progress;

namespace SelfHelp.Web.Forms;

public enum AnswerFormat
{
    Text,
    Markdown,
}

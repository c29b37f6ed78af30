using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace SelfHelp.Web.Plan;

/// <summary>My plan as a plain text file to keep, print or take to a practitioner. Never kept in the browser's cache.</summary>
public static class PlanDocument
{
    public static string Render(MyPlan plan, IStringLocalizer<Ui> text)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        string title = text["Plan.Title"];
        builder.AppendLine(title).AppendLine(new string('=', title.Length)).AppendLine();
        builder.AppendLine(text["Plan.FileNote"]).AppendLine();
        if (!plan.HasAnswers)
        {
            builder.AppendLine(text["Plan.Empty"]);
        }

        foreach (var part in plan.Parts.Where(p => p.IsAnswered))
        {
            string heading = text[$"Plan.Section.{part.Section}"];
            builder.AppendLine(heading).AppendLine(new string('-', heading.Length)).AppendLine();
            foreach (var item in part.Items.Where(i => i.IsAnswered))
            {
                builder.AppendLine(item.Entry.Field.Label);
                var list = item.Entry.Field.Kind != SelfHelp.Content.Catalogue.FieldKind.Text;
                foreach (var line in MyPlan.Lines(item))
                {
                    builder.AppendLine(list ? $"- {line}" : line);
                }

                builder.AppendLine();
            }
        }

        return builder.ToString();
    }

    public static FileContentResult ToFile(MyPlan plan, IStringLocalizer<Ui> text) =>
        new(Encoding.UTF8.GetBytes(Render(plan, text)), "text/plain; charset=utf-8") { FileDownloadName = "my-plan.txt" };
}

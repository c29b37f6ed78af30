namespace SelfHelp.Web.Forms;

public enum AnswerFormat
{
    Text,
    Markdown,
}

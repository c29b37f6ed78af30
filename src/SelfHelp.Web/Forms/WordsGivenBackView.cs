namespace SelfHelp.Web.Forms;

/// <summary>What the partial <c>_WordsGivenBack</c> shows (ADR 0013).</summary>
/// <param name="Words">The failed post's fields.</param>
/// <param name="Again">Before the button, what saving again does; used only when <see cref="WordsGivenBack.Token"/> is set.</param>
/// <param name="Button">The button's text; used only when <see cref="WordsGivenBack.Token"/> is set.</param>
public sealed record WordsGivenBackView(WordsGivenBack Words, string Again = "", string Button = "");

namespace SelfHelp.Web.Forms;

/// <summary>Where the person asked to go after saving.</summary>
public enum GoTo
{
    /// <summary>Back to the same page (a form's own Save button).</summary>
    Stay,
    Previous,
    Next,

    /// <summary>Finish the module (the last step's main button).</summary>
    Finish,
    Download,
}

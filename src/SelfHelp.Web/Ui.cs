namespace SelfHelp.Web;

/// <summary>Marker for the user-interface text in Resources/Ui.resx.</summary>
public sealed class Ui;

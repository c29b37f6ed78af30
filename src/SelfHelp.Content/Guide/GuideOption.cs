namespace SelfHelp.Content.Guide;

/// <summary>One answer a person can choose.</summary>
public sealed record GuideOption(string Id, string Text);

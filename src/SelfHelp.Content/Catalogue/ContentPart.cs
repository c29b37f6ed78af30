namespace SelfHelp.Content.Catalogue;

/// <summary>A piece of a step or introduction: pre-rendered HTML or an interactive form.</summary>
public abstract record ContentPart;

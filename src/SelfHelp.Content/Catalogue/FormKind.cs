namespace SelfHelp.Content.Catalogue;

/// <summary>What a form block is for.</summary>
public enum FormKind
{
    /// <summary>An exercise with a code that practitioners can read out.</summary>
    Exercise,

    /// <summary>The 1–10 self-rating asked at the start and the end of a module.</summary>
    StartingPoint,

    /// <summary>The closing reflection of a module.</summary>
    Reflection,
}

namespace SelfHelp.Content.Distress;

/// <summary>One word of an answer, with the clause it is in (a negation only reaches within its own clause).</summary>
internal readonly record struct Word(string Text, int Clause);

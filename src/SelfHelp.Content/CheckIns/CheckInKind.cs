namespace SelfHelp.Content.CheckIns;

/// <summary>What kind of answer a check-in question takes.</summary>
public enum CheckInKind
{
    /// <summary><c>days</c>: a number of days in the past week, 0 to 7.</summary>
    Days,

    /// <summary><c>rating</c>: 0 to 10, with words for each end.</summary>
    Rating,

    /// <summary><c>yes-no</c>: yes (1) or no (0).</summary>
    YesNo,

    /// <summary>One of a wellbeing measure's answers, 0 to the number of answers less one.</summary>
    Choice,
}

namespace SelfHelp.Web.Charts;

/// <summary>
/// Where values go in a chart drawn as SVG: <see cref="Count"/> points spread evenly across the plot area, values from
/// 0 to <see cref="Max"/> from its bottom to its top. Coordinates are in the SVG's own units (its viewBox), rounded to
/// a tenth so the markup stays short. A tested type on its own, so a mistake in the drawing cannot hide in markup.
/// </summary>
/// <param name="Count">How many points (weeks, modules) the chart shows; at least 1.</param>
/// <param name="Max">The value at the top of the plot; at least 1.</param>
public sealed record ChartGeometry(int Count, int Max)
{
    public const double Width = 640;
    public const double Height = 220;
    public const double Left = 44;
    public const double Right = 16;
    public const double Top = 12;
    public const double Bottom = 40;

    public double PlotWidth => Width - Left - Right;

    public double PlotHeight => Height - Top - Bottom;

    /// <summary>The width of one point's slot; a bar takes most of it.</summary>
    public double Slot => PlotWidth / Math.Max(1, Count);

    /// <summary>The horizontal centre of point <paramref name="index"/> (from 0): the middle of its slot.</summary>
    public double X(int index) => Round(Left + (Slot * (Math.Clamp(index, 0, Math.Max(0, Count - 1)) + 0.5)));

    /// <summary>The vertical position of <paramref name="value"/>: the bottom for 0, the top for <see cref="Max"/>; values outside are clamped.</summary>
    public double Y(double value) => Round(Top + (PlotHeight * (1 - (Math.Clamp(value, 0, Max) / Math.Max(1, Max)))));

    /// <summary>The baseline (value 0).</summary>
    public double Baseline => Y(0);

    /// <summary>A bar's width: most of a slot, never under 2 nor over 40 units.</summary>
    public double BarWidth => Round(Math.Clamp(Slot * 0.7, 2, 40));

    /// <summary>The values to draw grid lines and labels at: 0, the middle (when whole) and the top.</summary>
    public IReadOnlyList<int> Ticks => Max % 2 == 0 ? [0, Max / 2, Max] : [0, Max];

    /// <summary>Which points get a label under the axis: about six, always the first and the last.</summary>
    public bool Labelled(int index)
    {
        var step = Math.Max(1, (int)Math.Ceiling(Count / 6.0));
        return index == Count - 1 || (index % step == 0 && Count - 1 - index >= step / 2.0);
    }

    private static double Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}

using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SelfHelp.Web.Charts;

namespace SelfHelp.Web.Tests.Charts;

/// <summary>Issue 18: values become coordinates the way the chart promises.</summary>
public sealed class ChartGeometryTests
{
    [Fact]
    public void Y_PutsZeroOnTheBaseline_TheTopValueAtTheTop_AndHalfwayHalfway()
    {
        var geometry = new ChartGeometry(Count: 10, Max: 10);

        Assert.Equal(ChartGeometry.Height - ChartGeometry.Bottom, geometry.Y(0));
        Assert.Equal(ChartGeometry.Top, geometry.Y(10));
        Assert.Equal(ChartGeometry.Top + (geometry.PlotHeight / 2), geometry.Y(5));
        Assert.Equal(geometry.Baseline, geometry.Y(0));
    }

    [Theory]
    [InlineData(-3, 0)]
    [InlineData(14, 7)]
    public void Y_ClampsValuesOutsideTheScale(int value, int clampedTo)
    {
        var geometry = new ChartGeometry(Count: 4, Max: 7);

        Assert.Equal(geometry.Y(clampedTo), geometry.Y(value));
    }

    [Fact]
    public void X_SpreadsPointsEvenly_InTheMiddleOfTheirSlots()
    {
        var geometry = new ChartGeometry(Count: 4, Max: 10);

        double[] xs = [geometry.X(0), geometry.X(1), geometry.X(2), geometry.X(3)];

        Assert.Equal(ChartGeometry.Left + (geometry.Slot / 2), xs[0], precision: 1);
        Assert.Equal(ChartGeometry.Width - ChartGeometry.Right - (geometry.Slot / 2), xs[3], precision: 1);
        Assert.All(xs.Zip(xs.Skip(1)), pair => Assert.Equal(geometry.Slot, pair.Second - pair.First, precision: 1));
    }

    [Fact]
    public void X_OfASinglePoint_IsTheMiddle()
    {
        var geometry = new ChartGeometry(Count: 1, Max: 10);

        Assert.Equal(ChartGeometry.Left + (geometry.PlotWidth / 2), geometry.X(0), precision: 1);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(52)]
    [InlineData(104)]
    public void Labels_AreAboutSix_WithTheFirstAndTheLast(int count)
    {
        var geometry = new ChartGeometry(count, 10);

        var labelled = Enumerable.Range(0, count).Where(geometry.Labelled).ToList();

        Assert.Equal(0, labelled[0]);
        Assert.Equal(count - 1, labelled[^1]);
        Assert.InRange(labelled.Count, Math.Min(count, 2), 8);
    }

    [Fact]
    public void BarChart_DrawsOneBarPerAnsweredWeek_AsTallAsItsValue()
    {
        var series = new TrendSeries("urge-days", "Days with urges", 7, TrendStyle.Bars,
            [new("5 Jan", 7), new("12 Jan", null), new("19 Jan", 0), new("26 Jan", 3)]);
        var geometry = new ChartGeometry(4, 7);

        var svg = new HtmlParser().ParseDocument($"<body>{TrendChart.Svg(series)}</body>").QuerySelector("svg")!;
        var bars = svg.QuerySelectorAll("rect.trend-chart__bar");

        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        Assert.Equal(3, bars.Length);
        Assert.Equal(geometry.Y(7), Number(bars[0], "y"));
        Assert.Equal(geometry.Baseline - geometry.Y(7), Number(bars[0], "height"), precision: 1);
        Assert.Equal(2, Number(bars[1], "height"));
        Assert.Equal(geometry.X(3) - (geometry.BarWidth / 2), Number(bars[2], "x"), precision: 1);
        Assert.Equal(geometry.Baseline - geometry.Y(3), Number(bars[2], "height"), precision: 1);
    }

    [Fact]
    public void LineChart_BreaksAtAnUnansweredWeek()
    {
        var series = new TrendSeries("mood", "Mood", 10, TrendStyle.Line,
            [new("a", 2), new("b", 4), new("c", null), new("d", 8), new("e", 9)]);
        var geometry = new ChartGeometry(5, 10);

        var svg = new HtmlParser().ParseDocument($"<body>{TrendChart.Svg(series)}</body>").QuerySelector("svg")!;
        var lines = svg.QuerySelectorAll("polyline").Select(p => p.GetAttribute("points")).ToList();

        Assert.Equal([FormattableString.Invariant($"{geometry.X(0)},{geometry.Y(2)} {geometry.X(1)},{geometry.Y(4)}"), FormattableString.Invariant($"{geometry.X(3)},{geometry.Y(8)} {geometry.X(4)},{geometry.Y(9)}")], lines);
        Assert.Equal(4, svg.QuerySelectorAll("circle").Length);
    }

    [Fact]
    public void RatingsChart_DrawsBeforeOutlinedAndAfterFilled_LeavingOutRatingsNotGiven()
    {
        var svg = new HtmlParser().ParseDocument($"<body>{RatingsChart.Svg([new RatingPair("1", 3, 8), new RatingPair("2", 5, 0)])}</body>").QuerySelector("svg")!;
        var geometry = new ChartGeometry(2, 10);

        Assert.Equal(2, svg.QuerySelectorAll("rect.ratings-chart__before").Length);
        var after = Assert.Single(svg.QuerySelectorAll("rect.ratings-chart__after"));
        Assert.Equal(geometry.Y(8), Number(after, "y"));
    }

    private static double Number(AngleSharp.Dom.IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute)!, System.Globalization.CultureInfo.InvariantCulture);
}

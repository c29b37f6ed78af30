using SelfHelp.Web.Site;

namespace SelfHelp.Web.Tests.Site;

public sealed class RedirectTargetTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/modules/first/2?saved=1#f-x-title", "/modules/first/2?saved=1#f-x-title")]
    [InlineData("/already%20encoded", "/already%20encoded")]
    [InlineData("/modules/ü", "/modules/%C3%BC")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/tab\there", "/tab%09here")]
    [InlineData("/del\u007f", "/del%7F")]
    [InlineData("/€", "/%E2%82%AC")]
    [InlineData("/😀", "/%F0%9F%98%80")]
    public void Escape_EncodesWhatIsNotVisibleAscii_AndNothingElse(string url, string expected)
    {
        Assert.Equal(expected, RedirectTarget.Escape(url));
    }

    [Fact]
    public void Escape_ALoneSurrogate_IsTheReplacementCharacter()
    {
        // Not in InlineData: test data is serialised as UTF-8, which cannot carry a lone surrogate.
        Assert.Equal("/lone%EF%BF%BDx", RedirectTarget.Escape("/lone\ud800x"));
    }

    [Fact]
    public void Escape_AnUnchangedAddress_IsTheSameString()
    {
        const string Url = "/modules/first/2";

        Assert.Same(Url, RedirectTarget.Escape(Url));
    }
}

using SelfHelp.Content.Helplines;

namespace SelfHelp.Content.Tests.Helplines;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("0808 1000 900", "gb", "tel:+448081000900")]
    [InlineData("999", "gb", "tel:999")]
    [InlineData("116 123", "gb ie", "tel:116123")]
    [InlineData("+44 1372 847 161", "ie", "tel:+441372847161")]
    [InlineData("+44 (0)1372 847 161", "ie", "tel:+441372847161")]
    [InlineData("1-888-773-8368", "us", "tel:+18887738368")]
    [InlineData("(888) 773-8368", "us", "tel:+18887738368")]
    [InlineData("988", "us", "tel:988")]
    [InlineData("0800 266 64 36", "nl", "tel:+318002666436")]
    [InlineData("09 2525 0111", "fi", "tel:+358925250111")]
    [InlineData("0800 111 0 111", "de", "tel:+498001110111")]
    [InlineData("00 44 20 7946 0000", "de", "tel:+442079460000")]
    [InlineData("0800 123 4567", "gb ie", "tel:08001234567")]
    [InlineData("0800 123 4567", "xx", "tel:08001234567")]
    public void Href_Phone_IsE164WhenTheRegionsCallingCodeGivesIt(string phone, string regions, string expected)
    {
        var href = PhoneNumber.Href(phone, regions.Split(' '));

        Assert.Equal(expected, href);
    }

    [Theory]
    [InlineData("999", true)]
    [InlineData("+44 (0)20 7946-0000", true)]
    [InlineData("12345678901234567890", true)]
    [InlineData("12", false)]
    [InlineData("123456789012345678901", false)]
    [InlineData("44+ 20", false)]
    [InlineData("0800 PREVENT", false)]
    [InlineData("0800\u00a0123", false)]
    public void IsPlausible_Phone_AcceptsOnlyDialableCharactersAndLengths(string phone, bool expected)
    {
        Assert.Equal(expected, PhoneNumber.IsPlausible(phone));
    }
}

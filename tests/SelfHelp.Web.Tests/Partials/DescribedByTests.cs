using SelfHelp.Web.Forms;

namespace SelfHelp.Web.Tests.Partials;

/// <summary>The one builder of aria-describedby lists, used by step forms, My plan and the check-in.</summary>
public sealed class DescribedByTests
{
    [Fact]
    public void Ids_are_joined_in_order_with_single_spaces_and_missing_ones_left_out() =>
        Assert.Equal("f-a-hint f-a-limit", FieldNames.DescribedBy("f-a-hint", null, "f-a-limit"));

    [Fact]
    public void One_id_stands_alone() => Assert.Equal("f-a-error", FieldNames.DescribedBy(null, "f-a-error"));

    [Fact]
    public void No_ids_means_no_attribute() => Assert.Null(FieldNames.DescribedBy(null, null, null));

    [Fact]
    public void All_three_parts_of_a_field_with_an_error() =>
        Assert.Equal("h e l", FieldNames.DescribedBy("h", "e", "l"));
}

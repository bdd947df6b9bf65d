namespace Personalization.Analyzer.Tests;

[TestFixture]
public class ProductCategoriesTests
{
    [TestCase("WHITE HANGING HEART T-LIGHT HOLDER", "Candles & lights")]
    [TestCase("JUMBO BAG RED RETROSPOT", "Bags")]
    [TestCase("REGENCY CAKESTAND 3 TIER", "Kitchen & baking")]
    [TestCase("PAPER CHAIN KIT 50'S CHRISTMAS ", "Christmas")]
    [TestCase("HERB MARKER BASIL", "Garden")]
    [TestCase("PACK OF 72 RETROSPOT CAKE CASES", "Kitchen & baking")]
    [TestCase("ASSORTED COLOUR BIRD ORNAMENT", "Home décor")]
    [TestCase("Sparkly necklace", "Jewellery & accessories")]
    [TestCase("SPACEBOY BIRTHDAY CARD", "Stationery & cards")]
    [TestCase("MEDIUM CERAMIC TOP STORAGE JAR", "Kitchen & baking")]
    public void Product_names_get_the_category_of_their_first_matching_rule(string name, string category)
    {
        Assert.That(ProductCategories.Of(name), Is.EqualTo(category));
    }

    [Test]
    public void A_name_no_rule_matches_is_an_other_gift()
    {
        Assert.That(ProductCategories.Of("VICTORIAN SEWING KIT"), Is.EqualTo(ProductCategories.Unmatched));
    }

    [TestCase("POST", "POSTAGE")]
    [TestCase("DOT", "DOTCOM POSTAGE")]
    [TestCase("M", "Manual")]
    [TestCase("BANK CHARGES", "Bank Charges")]
    public void Postage_fees_and_manual_lines_are_not_products(string code, string name)
    {
        Assert.That(ProductCategories.IsService(code, name), Is.True);
    }

    [Test]
    public void A_product_is_not_a_service()
    {
        Assert.That(ProductCategories.IsService("85123A", "WHITE HANGING HEART T-LIGHT HOLDER"), Is.False);
    }
}

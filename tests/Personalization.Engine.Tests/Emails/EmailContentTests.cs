using Personalization.Engine.Emails;

namespace Personalization.Engine.Tests.Emails;

public class EmailContentTests
{
    [Test]
    public void An_empty_cart_renders_the_fallback_text_encoded()
    {
        Assert.That(EmailContent.ProductTable([], "Your cart is <empty>"), Is.EqualTo("Your cart is &lt;empty&gt;"));
        Assert.That(EmailContent.ProductTable(null, null), Is.Empty);
    }

    [Test]
    public void A_cart_line_shows_picture_linked_name_quantity_and_price()
    {
        var html = EmailContent.ProductTable([new EmailProductLine("Caulk & Sealant", "https://shop.example/caulk", "https://shop.example/img/1.jpg", 2, "$9.99")], "");

        Assert.That(html, Does.Contain("<img src=\"https://shop.example/img/1.jpg\" alt=\"Caulk &amp; Sealant\""));
        Assert.That(html, Does.Contain("<a href=\"https://shop.example/caulk\">Caulk &amp; Sealant</a> &times; 2"));
        Assert.That(html, Does.Contain(">$9.99</td>"));
    }

    [Test]
    public void A_line_without_picture_price_or_safe_link_leaves_those_parts_out()
    {
        var html = EmailContent.ProductTable([new EmailProductLine("Saw", "javascript:alert(1)", null, 0, null)], "");

        Assert.That(html, Does.Not.Contain("<img"));
        Assert.That(html, Does.Not.Contain("<a "));
        Assert.That(html, Does.Not.Contain("javascript"));
        Assert.That(html, Does.Contain("<td>Saw</td>"));
    }

    [Test]
    public void A_missing_value_gives_the_fallback()
    {
        Assert.That(EmailContent.OrFallback(null, "a discount"), Is.EqualTo("a discount"));
        Assert.That(EmailContent.OrFallback("SAVE10", "a discount"), Is.EqualTo("SAVE10"));
    }

    [Test]
    public void The_open_pixel_is_an_invisible_one_pixel_image_of_its_encoded_address()
    {
        Assert.That(EmailContent.OpenPixel("https://shop.example/personalization/email/open?t=abc&x=1"),
            Is.EqualTo("<img src=\"https://shop.example/personalization/email/open?t=abc&amp;x=1\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\" />"));
    }

    [Test]
    public void An_open_pixel_address_that_is_not_http_renders_nothing()
    {
        Assert.That(EmailContent.OpenPixel("javascript:alert(1)"), Is.Empty);
        Assert.That(EmailContent.OpenPixel("/personalization/email/open?t=abc"), Is.Empty, "a mail client cannot load a relative address");
        Assert.That(EmailContent.OpenPixel(null), Is.Empty);
    }
}

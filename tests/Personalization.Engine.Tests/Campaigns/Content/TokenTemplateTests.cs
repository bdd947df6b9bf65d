using Personalization.Engine.Campaigns.Content;

namespace Personalization.Engine.Tests.Campaigns.Content;

public class TokenTemplateTests
{
    [Test]
    public void Tokens_take_their_values_or_else_their_fallbacks()
    {
        var template = TokenTemplate.Parse("Hi {{ customer.first_name | there }}, {{cart.free_shipping_left|a little}} more ships free{{category.name|}}.");

        Assert.That(template.Render(new TokenValues { FirstName = "Ann", FreeShippingLeft = "$12.00" }, null, TokenEncoding.Text), Is.EqualTo("Hi Ann, $12.00 more ships free."));
        Assert.That(template.Render(TokenValues.None, null, TokenEncoding.Text), Is.EqualTo("Hi there, a little more ships free."));
    }

    [Test]
    public void Values_are_html_encoded_in_html_and_url_encoded_in_links()
    {
        var values = new TokenValues { ProductName = "<img src=x onerror=alert(1)> & \"Co\"" };

        Assert.That(TokenTemplate.Parse("<p>{{product.name}}</p>", html: true).Render(values, null, TokenEncoding.Html),
            Is.EqualTo("<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Co&quot;</p>"));
        Assert.That(TokenTemplate.Parse("/search?q={{product.name}}").Render(new TokenValues { ProductName = "javascript:alert(1)&x=/" }, null, TokenEncoding.Url),
            Is.EqualTo("/search?q=javascript%3Aalert%281%29%26x%3D%2F"));
        Assert.That(TokenTemplate.Parse("{{coupon.code|none}}").Render(null, "SAVE 10", TokenEncoding.Url), Is.EqualTo("SAVE%2010"));
    }

    [TestCase("Hi {{customer.name}}", 4, "unknown token 'customer.name' at character 4; known tokens are")]
    [TestCase("Save {{coupon.code", 6, "'{{' at character 6 is not closed with '}}'.")]
    [TestCase("A {{ |x}} B", 3, "the token at character 3 has no name")]
    [TestCase("{{cart.value {{coupon.code}}", 1, "holds another '{{'")]
    public void Bad_tokens_are_refused_with_their_position(string text, int position, string message)
    {
        Assert.That(TokenTemplate.TryParse(text, false, out var template, out var errors), Is.False);
        Assert.That(template, Is.Null);
        Assert.That(errors[0].Position, Is.EqualTo(position));
        Assert.That(errors[0].Message, Does.Contain(message));
    }

    [Test]
    public void A_token_inside_an_html_attribute_is_refused_but_one_in_the_text_next_to_it_is_not()
    {
        Assert.That(TokenTemplate.TryParse("<a href=\"/p/{{product.name}}\">x</a>", true, out _, out var errors), Is.False);
        Assert.That(errors.Single().Message, Is.EqualTo("the token 'product.name' at character 13 is inside an HTML tag; tokens may only stand in the text."));
        Assert.That(TokenTemplate.TryParse("<a title=\"a > b\" href=\"/p\">{{product.name}}</a>", true, out _, out _), Is.True);
    }
}

using System.Web;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailTokenServiceTests(DatabaseKind kind)
{
    EmailStore _store;
    int _sends;

    [SetUp]
    public void CreateStore() => _store = EmailStore.Create(kind);

    [TearDown]
    public void DisposeStore() => _store?.Dispose();

    async Task<EmailSend> SendAsync(int customerId, string couponCode = null)
    {
        var send = new EmailSend
        {
            EnrollmentId = 1, StepIndex = _sends++, FlowId = 1, StoreId = EmailStore.StoreId, CustomerId = customerId, Email = "ann@example.com", TemplateSystemName = "T",
            SentOnUtc = _store.Now, CouponCode = couponCode, Why = "test"
        };
        using var sends = new Linq2DbRepository<EmailSend>(_store.Database, new PersonalizationNameCompatibility());
        await sends.InsertAsync(send);
        return send;
    }

    static string Value(IList<Token> tokens, string key) => tokens.Single(token => token.Key == key).Value?.ToString();

    [Test]
    public async Task With_no_cart_name_coupon_or_recommendations_every_token_renders_its_fallback()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        var recipient = new EmailRecipient(customer, "ann@example.com", "", 0, true, false);

        var tokens = await _store.Tokens().GetTokensAsync(await SendAsync(customer), recipient);

        Assert.That(Value(tokens, "Personalization.FirstName"), Is.EqualTo("there"));
        Assert.That(Value(tokens, "Personalization.CartItems"), Is.EqualTo("Your cart is empty now, but the products you liked are still in the store."));
        Assert.That(Value(tokens, "Personalization.CartValue"), Is.Empty);
        Assert.That(Value(tokens, "Personalization.Recommendations"), Is.Empty);
        Assert.That(Value(tokens, "Personalization.CouponCode"), Is.Empty);
        Assert.That(Value(tokens, "Personalization.FreeShippingGap"), Is.EqualTo("$100.00"), "nothing in the cart: the whole threshold is left");
        _store.Shipping.FreeShippingOverXEnabled = false;
        var withoutFreeShipping = await _store.Tokens().GetTokensAsync(await SendAsync(customer), recipient);
        Assert.That(Value(withoutFreeShipping, "Personalization.FreeShippingGap"), Is.Empty);
    }

    [Test]
    public async Task The_cart_lists_each_product_with_its_picture_where_it_has_one_quantity_price_and_a_counted_link()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now, productId: 1, quantity: 2);
        await _store.AddToCartAsync(customer, _store.Now, productId: 2);
        var recipient = new EmailRecipient(customer, "ann@example.com", "Ann", 0, true, false);

        var tokens = await _store.Tokens().GetTokensAsync(await SendAsync(customer, "SAVE-7X2K"), recipient);

        var cart = Value(tokens, "Personalization.CartItems");
        Assert.That(cart, Does.Contain("<img src=\"https://shop.example/images/1.jpg\""));
        Assert.That(cart, Does.Not.Contain("images/2.jpg"), "product 2 has no picture");
        Assert.That(cart, Does.Contain("Product 1</a> &times; 2").And.Contain(">$50.00</td>").And.Contain(">$25.00</td>"));
        Assert.That(cart, Does.Contain("href=\"https://shop.example/personalization/email/click?t="));
        Assert.That(Value(tokens, "Personalization.CartValue"), Is.EqualTo("$75.00"));
        Assert.That(Value(tokens, "Personalization.FreeShippingGap"), Is.EqualTo("$25.00"));
        Assert.That(Value(tokens, "Personalization.CouponCode"), Is.EqualTo("SAVE-7X2K"));
        Assert.That(Value(tokens, "Personalization.FirstName"), Is.EqualTo("Ann"));
        Assert.That(tokens.Single(token => token.Key == "Personalization.CartItems").NeverHtmlEncoded, Is.True, "the table is HTML the template shows as is");
    }

    [Test]
    public async Task The_unsubscribe_link_names_its_email_and_a_changed_or_foreign_token_names_none()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        var send = await SendAsync(customer);
        var links = _store.Links();

        var url = await links.GetUnsubscribeUrlAsync(send, EmailStore.StoreUrl);
        var token = HttpUtility.ParseQueryString(new Uri(url).Query)["t"];
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];

        Assert.That(url, Does.StartWith("https://shop.example/personalization/email/unsubscribe?t="));
        Assert.That((await links.GetSendByTokenAsync(token, EmailStore.StoreId))?.Id, Is.EqualTo(send.Id));
        Assert.That(await links.GetSendByTokenAsync(tampered, EmailStore.StoreId), Is.Null);
        Assert.That(await links.GetSendByTokenAsync(token, EmailStore.StoreId + 1), Is.Null, "a link of one store does not work in another");
        _store.Clock.Advance(TimeSpan.FromDays(181));
        Assert.That(await links.GetSendByTokenAsync(token, EmailStore.StoreId), Is.Null, "links expire");
    }

    [Test]
    public void A_click_link_only_leads_to_the_store()
    {
        var send = new EmailSend { Id = 5, StoreId = EmailStore.StoreId };

        Assert.ThrowsAsync<ArgumentException>(() => _store.Links().GetClickUrlAsync(send, EmailStore.StoreUrl, "//evil.example/"));
        Assert.ThrowsAsync<ArgumentException>(() => _store.Links().GetClickUrlAsync(send, EmailStore.StoreUrl, "https://evil.example/"));
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Common;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

[TestFixture]
public class VisitorContextTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    DefaultHttpContext _http;
    StoreInformationSettings _storeInformation;
    bool _accepted;

    VisitorContext Create()
    {
        var accessor = new Mock<IHttpContextAccessor>();
        accessor.Setup(a => a.HttpContext).Returns(_http);
        var customer = new Customer { Id = 42 };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(customer);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var attributes = new Mock<IGenericAttributeService>();
        attributes.Setup(a => a.GetAttributeAsync<bool>(customer, NopCustomerDefaults.EuCookieLawAcceptedAttribute, 1, false))
            .ReturnsAsync(() => _accepted);
        return new VisitorContext(attributes.Object, accessor.Object, storeContext.Object, workContext.Object, _storeInformation, new FakeTimeProvider(Now));
    }

    [SetUp]
    public void NewRequest()
    {
        _http = new DefaultHttpContext();
        _storeInformation = new StoreInformationSettings { DisplayEuCookieLawWarning = false };
        _accepted = false;
    }

    string SetCookie(string name) => _http.Response.Headers.SetCookie.Single(header => header!.StartsWith(name + "="))!;

    [Test]
    public async Task A_first_visit_gets_a_visitor_cookie_for_a_year_and_a_session_cookie_for_30_idle_minutes()
    {
        var (visitor, session) = await Create().GetIdsAsync();

        Assert.That(visitor, Is.Not.EqualTo(Guid.Empty));
        Assert.That(session, Is.Not.EqualTo(Guid.Empty).And.Not.EqualTo(visitor));
        Assert.That(SetCookie(".Nop.Personalization.Visitor"), Does.Contain(visitor.ToString("N")).And.Contain("expires=Wed, 24 Nov 2027").And.Contain("httponly"));
        Assert.That(SetCookie(".Nop.Personalization.Session"), Does.Contain(session.ToString("N")).And.Contain("expires=Tue, 24 Nov 2026 12:30:00"));
    }

    [Test]
    public async Task A_returning_visitor_keeps_its_ids()
    {
        var visitor = Guid.NewGuid();
        var session = Guid.NewGuid();
        _http.Request.Headers.Cookie = $".Nop.Personalization.Visitor={visitor:N}; .Nop.Personalization.Session={session:N}";

        var ids = await Create().GetIdsAsync();

        Assert.That(ids, Is.EqualTo((visitor, session)));
    }

    [Test]
    public async Task A_request_without_a_live_session_cookie_starts_a_session_and_one_with_it_does_not()
    {
        var first = await Create().IsSessionStartAsync();
        _http = new DefaultHttpContext();
        _http.Request.Headers.Cookie = $".Nop.Personalization.Visitor={Guid.NewGuid():N}; .Nop.Personalization.Session={Guid.NewGuid():N}";

        var later = await Create().IsSessionStartAsync();

        Assert.That((first, later), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Without_cookie_consent_the_visitor_cookie_ends_with_the_browser_session()
    {
        _storeInformation.DisplayEuCookieLawWarning = true;

        await Create().GetIdsAsync();

        Assert.That(SetCookie(".Nop.Personalization.Visitor"), Does.Not.Contain("expires="));
    }

    [Test]
    public async Task After_consent_the_visitor_cookie_lasts_a_year()
    {
        _storeInformation.DisplayEuCookieLawWarning = true;
        _accepted = true;

        await Create().GetIdsAsync();

        Assert.That(SetCookie(".Nop.Personalization.Visitor"), Does.Contain("expires=Wed, 24 Nov 2027"));
    }

    [Test]
    public async Task A_forged_cookie_value_is_replaced_by_a_new_visitor()
    {
        _http.Request.Headers.Cookie = ".Nop.Personalization.Visitor=customer-42";

        var (visitor, _) = await Create().GetIdsAsync();

        Assert.That(visitor, Is.Not.EqualTo(Guid.Empty));
        Assert.That(SetCookie(".Nop.Personalization.Visitor"), Does.Contain(visitor.ToString("N")));
    }

    [Test]
    public async Task Outside_a_request_there_is_no_visitor()
    {
        _http = null;

        Assert.That(await Create().GetIdsAsync(), Is.EqualTo((Guid.Empty, Guid.Empty)));
    }
}

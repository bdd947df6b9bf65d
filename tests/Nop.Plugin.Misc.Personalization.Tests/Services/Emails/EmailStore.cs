using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Common;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Media;
using Nop.Core.Domain.Messages;
using Nop.Core.Domain.Orders;
using Nop.Core.Domain.Shipping;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Services.Leases;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Media;
using Nop.Services.Messages;
using Nop.Services.Security;
using Nop.Services.Seo;
using Nop.Services.Stores;
using Personalization.Engine.Referrals;
using EmailFlow = Nop.Plugin.Misc.Personalization.Domain.EmailFlow;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

/// <summary>
/// A store for the triggered email tests: the plugin's tables and nopCommerce's customer, address, newsletter and cart
/// tables on a real database, a clock, and nopCommerce's message services standing in as mocks that record every
/// email queued. Each scheduler it makes has its own connections, as a web-farm node has.
/// </summary>
public sealed class EmailStore : IDisposable
{
    public const int StoreId = 1;

    public const string StoreUrl = "https://shop.example/";

    readonly List<IDisposable> _owned = [];
    readonly List<IDisposable> _otherServers = [];
    readonly PersonalizationNameCompatibility _names = new();
    int _queuedEmailId;

    EmailStore(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 4, 12, 0, 0, TimeSpan.Zero));

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    /// <summary>Gets the emails handed to nopCommerce's workflow message service, in order.</summary>
    public ConcurrentQueue<(string Template, string To, int LanguageId, IList<Token> Tokens)> Queued { get; } = new();

    /// <summary>Gets or sets what happens right after an email is queued, given how many were queued so far (time passing mid-run).</summary>
    public Action<int> AfterQueued { get; set; }

    /// <summary>Gets the warnings the schedulers logged, with their exceptions.</summary>
    public ConcurrentQueue<string> Warnings { get; } = new();

    /// <summary>Gets the store's message templates (the test adds the ones a flow sends).</summary>
    public List<MessageTemplate> Templates { get; } = [];

    /// <summary>Gets the catalog.</summary>
    public List<Product> Products { get; } = [];

    /// <summary>Gets or sets the store's consent rule (settings of the plugin).</summary>
    public bool EmailToAllNotUnsubscribed { get; set; }

    /// <summary>Gets or sets the store's time zone.</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    public ShippingSettings Shipping { get; } = new() { FreeShippingOverXEnabled = true, FreeShippingOverXValue = 100m };

    public string Secret { get; } = Convert.ToBase64String(ReferralTokenSigner.GenerateSecret());

    public static EmailStore Create(DatabaseKind kind)
    {
        var database = TestDatabase.Create(kind);
        database.Migrate(new SchemaMigration(), up: true);
        database.Migrate(new SegmentSchemaMigration(), up: true);
        database.Migrate(new SegmentStorageMigration(), up: true);
        database.Migrate(new EmailStorageMigration(), up: true);
        database.Migrate(new EmailOpenTrackingMigration(), up: true);
        database.Migrate(new WorkLeaseMigration(), up: true);
        database.Migrate(new CouponStorageMigration(), up: true);
        StoreDiscounts.EnsureTables(database);
        PluginServices.EnsureTable<Customer>(database, "Customer");
        PluginServices.EnsureTable<Address>(database, "Address");
        PluginServices.EnsureTable<NewsLetterSubscription>(database, "NewsLetterSubscription");
        PluginServices.EnsureTable<ShoppingCartItem>(database, nameof(ShoppingCartItem));
        return new EmailStore(database);
    }

    T Own<T>(T disposable) where T : IDisposable
    {
        lock (_owned)
            _owned.Add(disposable);
        return disposable;
    }

    /// <summary>A repository the store keeps open until it is disposed (the services' own connections).</summary>
    IRepository<T> Plugin<T>() where T : Nop.Core.BaseEntity => Own(new Linq2DbRepository<T>(Database, _names));

    IRepository<T> Nop<T>(string table) where T : Nop.Core.BaseEntity => Own(new Linq2DbRepository<T>(Database, table));

    /// <summary>A repository for one arrangement or assertion, closed right after.</summary>
    Linq2DbRepository<T> Short<T>() where T : Nop.Core.BaseEntity => new(Database, _names);

    Linq2DbRepository<T> Short<T>(string table) where T : Nop.Core.BaseEntity => new(Database, table);

    /// <summary>Closes the services' connections made so far (the nodes of a finished pass).</summary>
    public void CloseConnections()
    {
        lock (_owned)
        {
            foreach (var owned in _owned)
                owned.Dispose();
            _owned.Clear();
        }
    }

    Mock<ISettingService> Settings()
    {
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<PersonalizationSettings>(It.IsAny<int>()))
            .ReturnsAsync(() => new PersonalizationSettings { ReferralSecret = Secret, EmailToAllNotUnsubscribed = EmailToAllNotUnsubscribed });
        settings.Setup(s => s.LoadSettingAsync<RecommendationSettings>(It.IsAny<int>())).ReturnsAsync(new RecommendationSettings());
        return settings;
    }

    /// <summary>Gets the audience service over its own connections.</summary>
    public EmailAudienceService Audience() => new(Nop<Address>("Address"), Nop<ShoppingCartItem>(nameof(ShoppingCartItem)), Plugin<ImportedContact>(),
        Nop<Customer>("Customer"), Plugin<EmailEnrollment>(), Plugin<TrackedEvent>(), Plugin<SegmentMember>(), Plugin<CustomerProfile>(),
        Plugin<EmailSend>(), Settings().Object, Nop<NewsLetterSubscription>("NewsLetterSubscription"));

    /// <summary>Gets the link service over its own connection.</summary>
    public EmailLinkService Links() => new(Plugin<EmailSend>(), Settings().Object, Clock);

    /// <summary>Gets the token service, with the catalog, pictures and prices of the test store.</summary>
    public EmailTokenService Tokens()
    {
        var productService = new Mock<IProductService>();
        productService.Setup(p => p.GetProductsByIdsAsync(It.IsAny<int[]>())).ReturnsAsync((int[] ids) => Products.Where(p => ids.Contains(p.Id)).ToList());
        var pictures = new Mock<IPictureService>();
        pictures.Setup(p => p.GetPicturesByProductIdAsync(It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync((int productId, int _) => productId % 2 == 1 ? [new Picture { Id = productId }] : []);
        pictures.Setup(p => p.GetPictureUrlAsync(It.IsAny<Picture>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<PictureType>()))
            .ReturnsAsync((Picture picture, int _, bool _, string location, PictureType _) => ($"{location}images/{picture.Id}.jpg", picture));
        var urls = new Mock<IUrlRecordService>();
        urls.Setup(u => u.GetSeNameAsync(It.IsAny<Product>(), It.IsAny<int?>(), It.IsAny<bool>(), It.IsAny<bool>()))
            .ReturnsAsync((Product product, int? _, bool _, bool _) => $"product-{product.Id}");
        var prices = new Mock<IPriceFormatter>();
        prices.Setup(p => p.FormatPriceAsync(It.IsAny<decimal>())).ReturnsAsync((decimal price) => "$" + price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<bool>()))
            .ReturnsAsync((string key, int _, bool _, string _, bool _) => PersonalizationLocaleResources.English.GetValueOrDefault(key, string.Empty));
        var acl = new Mock<IAclService>();
        acl.Setup(a => a.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        var storeMapping = new Mock<IStoreMappingService>();
        storeMapping.Setup(s => s.AuthorizeAsync(It.IsAny<Product>())).ReturnsAsync(true);
        var recommendations = new RecommendationService(acl.Object, Mock.Of<Nop.Plugin.Misc.Personalization.Services.Merchandising.IMerchandisingService>(), productService.Object, Plugin<RecommendationList>(), Plugin<TrackedEvent>(), Settings().Object,
            new UncachedStaticCacheManager(), storeMapping.Object, Clock);
        return new EmailTokenService(Nop<ShoppingCartItem>(nameof(ShoppingCartItem)), Links(), localization.Object, pictures.Object, prices.Object,
            productService.Object, recommendations, Stores().Object, urls.Object, Shipping);
    }

    static Mock<IStoreService> Stores()
    {
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(StoreId)).ReturnsAsync(new Store { Id = StoreId, Name = "Shop", Url = StoreUrl });
        return stores;
    }

    /// <summary>Gets the message service: nopCommerce's workflow message service records what it is asked to queue.</summary>
    public EmailMessageService Messages()
    {
        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), It.IsAny<int?>()))
            .ReturnsAsync((string name, int? _) => Templates.Where(template => template.Name == name).ToList());
        var accounts = new Mock<IEmailAccountService>();
        accounts.Setup(a => a.GetEmailAccountByIdAsync(It.IsAny<int>())).ReturnsAsync(new EmailAccount { Id = 1, Email = "shop@shop.example" });
        var workflow = new Mock<IWorkflowMessageService>();
        workflow.Setup(w => w.SendNotificationAsync(It.IsAny<MessageTemplate>(), It.IsAny<EmailAccount>(), It.IsAny<int>(), It.IsAny<IList<Token>>(),
                It.IsAny<string>(), It.IsAny<string>(), null, null, null, null, null, null, null, false))
            .ReturnsAsync((MessageTemplate template, EmailAccount _, int languageId, IList<Token> tokens, string to, string _, string _, string _, string _, string _,
                string _, string _, string _, bool _) =>
            {
                Queued.Enqueue((template.Name, to, languageId, tokens));
                var id = Interlocked.Increment(ref _queuedEmailId);
                AfterQueued?.Invoke(id);
                return id;
            });
        return new EmailMessageService(Mock.Of<ICustomerService>(), accounts.Object, Tokens(), templates.Object, Mock.Of<IMessageTokenProvider>(),
            Stores().Object, workflow.Object, new EmailAccountSettings { DefaultEmailAccountId = 1 });
    }

    /// <summary>Gets the engagement service; nopCommerce's newsletter service reads and writes the subscription table.</summary>
    public EmailEngagementService Engagement()
    {
        var subscriptions = Nop<NewsLetterSubscription>("NewsLetterSubscription");
        var newsletter = new Mock<INewsLetterSubscriptionService>();
        newsletter.Setup(n => n.GetNewsLetterSubscriptionsByEmailAsync(It.IsAny<string>(), It.IsAny<int>(), 0, null))
            .Returns((string email, int storeId, int _, bool? _) => subscriptions.GetAllAsync(query => query.Where(row => row.Email == email && row.StoreId == storeId)));
        newsletter.Setup(n => n.UpdateNewsLetterSubscriptionAsync(It.IsAny<NewsLetterSubscription>(), true))
            .Returns((NewsLetterSubscription subscription, bool _) => subscriptions.UpdateAsync(subscription));
        newsletter.Setup(n => n.InsertNewsLetterSubscriptionAsync(It.IsAny<NewsLetterSubscription>(), true))
            .Returns((NewsLetterSubscription subscription, bool _) => subscriptions.InsertAsync(subscription));
        return new EmailEngagementService(Flows(), Links(), Plugin<EmailEnrollment>(), newsletter.Object, Plugin<EmailSend>(), Clock);
    }

    /// <summary>Gets the newsletter subscriptions of an address.</summary>
    public IList<NewsLetterSubscription> Subscriptions(string email)
    {
        using var subscriptions = Short<NewsLetterSubscription>("NewsLetterSubscription");
        return subscriptions.Table.Where(row => row.Email == email).ToList();
    }

    /// <summary>Gets the coupon service over the store's discount tables, nopCommerce's discount service standing in.</summary>
    public CouponService Coupons() => new(Mock.Of<ICategoryService>(), StoreDiscounts.Service((Linq2DbRepository<Discount>)Nop<Discount>(nameof(Discount))),
        Mock.Of<IManufacturerService>(), Mock.Of<IProductService>(), Nop<DiscountUsageHistory>(nameof(DiscountUsageHistory)), Plugin<IssuedCoupon>(), Clock);

    /// <summary>Gets the flow service.</summary>
    public EmailFlowService Flows() => new(Coupons(), Plugin<EmailEnrollment>(), Plugin<EmailFlow>(), Plugin<EmailSend>(), Clock);

    /// <summary>Adds a discount to the store.</summary>
    public async Task<Discount> AddDiscountAsync(Discount discount)
    {
        using var discounts = Short<Discount>(nameof(Discount));
        await discounts.InsertAsync(discount);
        return discount;
    }

    /// <summary>Gets the work lease service over its own connection, as one web-farm node has it.</summary>
    public WorkLeaseService Leases() => new(Plugin<WorkLease>(), Clock);

    /// <summary>Gets the work lease service of another web-farm node, whose connection stays open across the schedulers' passes.</summary>
    public WorkLeaseService OtherServerLeases()
    {
        var leases = new Linq2DbRepository<WorkLease>(Database, _names);
        lock (_otherServers)
            _otherServers.Add(leases);
        return new WorkLeaseService(leases, Clock);
    }

    /// <summary>Gets a scheduler, as one web-farm node runs it, with its own connections.</summary>
    public EmailSchedulerService Scheduler()
    {
        var dateTime = new Mock<IDateTimeHelper>();
        dateTime.Setup(d => d.DefaultStoreTimeZone).Returns(() => TimeZone);
        return new EmailSchedulerService(Coupons(), dateTime.Object, Audience(), Flows(), Messages(),
            Plugin<EmailEnrollment>(), new RecordingLogger<EmailSchedulerService>(Warnings), Plugin<EmailSend>(), Clock, Leases());
    }

    /// <summary>Saves an active flow and adds an active template for each of its steps.</summary>
    public async Task<EmailFlow> InsertFlowAsync(EngineFlow flow)
    {
        foreach (var name in flow.Steps.Select(step => step.TemplateSystemName).Concat(flow.Variants.SelectMany(variant => variant.TemplateSystemNames)).Distinct())
        {
            if (Templates.All(template => template.Name != name))
                Templates.Add(new MessageTemplate { Id = Templates.Count + 1, Name = name, IsActive = true, Subject = name, Body = "%Personalization.CartItems%" });
        }

        var inserted = await Flows().InsertFlowAsync(StoreId, true, flow);
        CloseConnections();
        return inserted;
    }

    /// <summary>Adds a customer with an address, subscribed to the store's newsletter or not (null: no subscription row).</summary>
    public async Task<int> AddCustomerAsync(string email, bool? subscribed = true, string firstName = "Ann")
    {
        using var customers = Short<Customer>("Customer");
        using var subscriptions = Short<NewsLetterSubscription>("NewsLetterSubscription");
        using var profiles = Short<CustomerProfile>();
        var customer = new Customer { Email = email, FirstName = firstName, CustomerGuid = Guid.NewGuid(), Active = true };
        await customers.InsertAsync(customer);
        if (subscribed is { } active && email != null)
            await subscriptions.InsertAsync(new NewsLetterSubscription
            {
                Email = email, Active = active, StoreId = StoreId, NewsLetterSubscriptionGuid = Guid.NewGuid(), CreatedOnUtc = Now
            });
        await profiles.InsertAsync(new CustomerProfile { CustomerId = customer.Id, StoreId = StoreId, FirstSeenOnUtc = Now.AddDays(-30), LastSeenOnUtc = Now, UpdatedOnUtc = Now });
        return customer.Id;
    }

    /// <summary>Adds a guest known only by the address given at checkout.</summary>
    public async Task<int> AddGuestWithBillingAddressAsync(string email)
    {
        using var addresses = Short<Address>("Address");
        using var customers = Short<Customer>("Customer");
        using var subscriptions = Short<NewsLetterSubscription>("NewsLetterSubscription");
        var address = new Address { Email = email, FirstName = "Guest" };
        await addresses.InsertAsync(address);
        var customer = new Customer { BillingAddressId = address.Id, CustomerGuid = Guid.NewGuid(), Active = true };
        await customers.InsertAsync(customer);
        await subscriptions.InsertAsync(new NewsLetterSubscription
        {
            Email = email, Active = true, StoreId = StoreId, NewsLetterSubscriptionGuid = Guid.NewGuid(), CreatedOnUtc = Now
        });
        return customer.Id;
    }

    /// <summary>Puts a product in a customer's cart at an instant.</summary>
    public async Task AddToCartAsync(int customerId, DateTime changedOnUtc, int productId = 1, int quantity = 1)
    {
        if (Products.All(product => product.Id != productId))
            Products.Add(new Product { Id = productId, Name = $"Product {productId}", Price = 25m, Published = true, VisibleIndividually = true });
        using var cart = Short<ShoppingCartItem>(nameof(ShoppingCartItem));
        await cart.InsertAsync(new ShoppingCartItem
        {
            CustomerId = customerId, StoreId = StoreId, ShoppingCartTypeId = (int)ShoppingCartType.ShoppingCart, ProductId = productId, Quantity = quantity,
            CreatedOnUtc = changedOnUtc, UpdatedOnUtc = changedOnUtc
        });
    }

    /// <summary>Places an order: the profile records it and nopCommerce empties the cart.</summary>
    public async Task PlaceOrderAsync(int customerId, DateTime placedOnUtc)
    {
        using var profiles = Short<CustomerProfile>();
        using var cart = Short<ShoppingCartItem>(nameof(ShoppingCartItem));
        var profile = (await profiles.GetAllAsync(query => query.Where(row => row.CustomerId == customerId))).Single();
        profile.LastOrderOnUtc = placedOnUtc;
        profile.OrderCount++;
        await profiles.UpdateAsync(profile);
        await cart.DeleteAsync(item => item.CustomerId == customerId);
    }

    /// <summary>Unsubscribes an address the way nopCommerce records it: the subscription turns inactive.</summary>
    public async Task UnsubscribeAsync(string email)
    {
        using var subscriptions = Short<NewsLetterSubscription>("NewsLetterSubscription");
        foreach (var subscription in await subscriptions.GetAllAsync(query => query.Where(row => row.Email == email)))
        {
            subscription.Active = false;
            await subscriptions.UpdateAsync(subscription);
        }
    }

    public IList<EmailSend> Sends()
    {
        using var sends = Short<EmailSend>();
        return sends.Table.OrderBy(send => send.Id).ToList();
    }

    /// <summary>Writes runs as the scheduler would have left them.</summary>
    public async Task InsertRunsAsync(IEnumerable<EmailEnrollment> runs)
    {
        using var enrollments = Short<EmailEnrollment>();
        foreach (var run in runs)
            await enrollments.InsertAsync(run);
    }

    public IList<EmailEnrollment> Enrollments()
    {
        using var enrollments = Short<EmailEnrollment>();
        return enrollments.Table.OrderBy(row => row.Id).ToList();
    }

    public void Dispose()
    {
        CloseConnections();
        foreach (var other in _otherServers)
            other.Dispose();
        Database.Dispose();
    }
}

/// <summary>A logger that keeps what is logged, so a test can show why a scheduler skipped something.</summary>
public sealed class RecordingLogger<T>(ConcurrentQueue<string> lines) : ILogger<T>
{
    public IDisposable BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter) =>
        lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
}

using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Directory;
using Personalization.Engine.Referrals;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// Records the landing of each browsing session (device, country) with its referral: utm parameters or a signed referral
/// link on the first page that carries them. A tampered, expired or foreign token is ignored (the utm parameters of the
/// same address still count).
/// </summary>
public class ReferralService : IReferralService
{
    /// <summary>How long a referral link stays valid after it was issued.</summary>
    public static readonly TimeSpan ReferralLinkLifetime = TimeSpan.FromDays(365);

    /// <summary>The source recorded for a visit through a valid signed referral link.</summary>
    public const string ReferralSource = "referral";

    #region Fields

    protected readonly IContactService _contactService;
    protected readonly IGeoLookupService _geoLookupService;
    protected readonly IRepository<VisitSession> _visitSessionRepository;
    protected readonly IStoreContext _storeContext;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IWebHelper _webHelper;
    protected readonly IWorkContext _workContext;
    protected readonly PersonalizationSettings _settings;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public ReferralService(IContactService contactService,
        IGeoLookupService geoLookupService,
        IRepository<VisitSession> visitSessionRepository,
        IStoreContext storeContext,
        IVisitorContext visitorContext,
        IWebHelper webHelper,
        IWorkContext workContext,
        PersonalizationSettings settings,
        TimeProvider timeProvider)
    {
        _contactService = contactService;
        _geoLookupService = geoLookupService;
        _visitSessionRepository = visitSessionRepository;
        _storeContext = storeContext;
        _visitorContext = visitorContext;
        _webHelper = webHelper;
        _workContext = workContext;
        _settings = settings;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual ReferralToken VerifyToken(string text, DateTime now)
    {
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(_settings.ReferralSecret))
            return null;

        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(_settings.ReferralSecret);
        }
        catch (FormatException)
        {
            return null;
        }

        if (secret.Length < ReferralTokenSigner.SecretLength)
            return null;

        var verification = new ReferralTokenSigner(secret, ReferralLinkLifetime).Verify(text, now);
        return verification.IsValid ? verification.Token : null;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Records the landing of the current session (device, country and referral), once per session
    /// </summary>
    /// <param name="landingUrl">The full address of the requested page</param>
    /// <param name="userAgent">The browser's user agent (for the device)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when a landing was recorded
    /// </returns>
    public virtual async Task<bool> CaptureLandingAsync(string landingUrl, string userAgent)
    {
        if (!_settings.TrackingEnabled || string.IsNullOrEmpty(landingUrl))
            return false;

        var landing = LandingParameters.Parse(landingUrl);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var token = landing.HasAny ? VerifyToken(landing.ReferralToken, now) : null;
        var referred = token != null || landing.Source != null || landing.Campaign != null;
        var sessionStart = await _visitorContext.IsSessionStartAsync();
        //a session is recorded once: from its first page, or from the first page that carries a referral
        if (!referred && !sessionStart)
            return false;

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (customer == null || customer.IsSystemAccount)
            return false;

        var (visitorId, sessionId) = await _visitorContext.GetIdsAsync();
        if (sessionId == Guid.Empty
            || (!sessionStart && (await _visitSessionRepository.GetAllAsync(query => query.Where(row => row.SessionId == sessionId))).Count > 0))
            return false;

        var store = await _storeContext.GetCurrentStoreAsync();
        var country = _geoLookupService.LookupCountryIsoCode(_webHelper.GetCurrentIpAddress());
        await _visitSessionRepository.InsertAsync(new VisitSession
        {
            SessionId = sessionId,
            CustomerId = customer.Id,
            VisitorId = visitorId,
            StoreId = store.Id,
            StartedOnUtc = now,
            Device = DeviceTypeClassifier.Classify(userAgent),
            Country = country?.Length == 2 ? country.ToUpperInvariant() : null,
            Source = token != null ? ReferralSource : landing.Source,
            Medium = landing.Medium,
            Campaign = token?.Campaign ?? landing.Campaign,
            ReferralContactId = token?.ContactId
        }, publishEvent: false);

        //a visitor through a contact's own link is that contact, even as a guest: the profile takes the contact's traits
        if (token?.ContactId is > 0 and <= int.MaxValue)
            await _contactService.IdentifyVisitorAsync((int)token.ContactId, customer.Id);

        return true;
    }

    #endregion
}

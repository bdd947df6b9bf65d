using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Core.Domain;
using Nop.Core.Domain.Customers;
using Nop.Services.Common;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Keeps the visitor id in a first-party cookie and the session id in a cookie that expires after 30 idle minutes.
/// Where the store asks for cookie consent and the visitor has not given it, the visitor cookie lives only until
/// the browser closes, so nothing identifies the visitor across visits without consent.
/// </summary>
public class VisitorContext : IVisitorContext
{
    #region Fields

    protected readonly IGenericAttributeService _genericAttributeService;
    protected readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly IStoreContext _storeContext;
    protected readonly IWorkContext _workContext;
    protected readonly StoreInformationSettings _storeInformationSettings;
    protected readonly TimeProvider _timeProvider;

    (Guid VisitorId, Guid SessionId)? _ids;
    bool _sessionStarted;

    #endregion

    #region Ctor

    public VisitorContext(IGenericAttributeService genericAttributeService,
        IHttpContextAccessor httpContextAccessor,
        IStoreContext storeContext,
        IWorkContext workContext,
        StoreInformationSettings storeInformationSettings,
        TimeProvider timeProvider)
    {
        _genericAttributeService = genericAttributeService;
        _httpContextAccessor = httpContextAccessor;
        _storeContext = storeContext;
        _workContext = workContext;
        _storeInformationSettings = storeInformationSettings;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<bool> HasCookieConsentAsync()
    {
        if (!_storeInformationSettings.DisplayEuCookieLawWarning)
            return true;

        var customer = await _workContext.GetCurrentCustomerAsync();
        var store = await _storeContext.GetCurrentStoreAsync();
        return await _genericAttributeService.GetAttributeAsync<bool>(customer, NopCustomerDefaults.EuCookieLawAcceptedAttribute, store.Id);
    }

    protected static Guid ReadOrCreate(HttpContext context, string name, out bool created)
    {
        created = !(context.Request.Cookies.TryGetValue(name, out var text) && Guid.TryParse(text, out var id) && id != Guid.Empty);
        return created ? Guid.NewGuid() : Guid.Parse(text!);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the visitor and session ids of the current request, issuing them on the first visit
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the ids; both are empty outside a web request (background work)
    /// </returns>
    public virtual async Task<(Guid VisitorId, Guid SessionId)> GetIdsAsync()
    {
        if (_ids.HasValue)
            return _ids.Value;

        var context = _httpContextAccessor.HttpContext;
        if (context == null)
            return (Guid.Empty, Guid.Empty);

        var visitorId = ReadOrCreate(context, PersonalizationDefaults.VisitorCookieName, out var newVisitor);
        var sessionId = ReadOrCreate(context, PersonalizationDefaults.SessionCookieName, out _sessionStarted);
        var now = _timeProvider.GetUtcNow();
        var secure = context.Request.IsHttps;

        //a returning visitor's cookie is renewed only with consent; without it, it ends with the browser session
        var consent = await HasCookieConsentAsync();
        if (newVisitor || consent)
        {
            context.Response.Cookies.Append(PersonalizationDefaults.VisitorCookieName, visitorId.ToString("N"), new CookieOptions
            {
                HttpOnly = true,
                Secure = secure,
                SameSite = SameSiteMode.Lax,
                IsEssential = false,
                Expires = consent ? now.AddDays(PersonalizationDefaults.VisitorCookieDays) : null
            });
        }

        //sliding: every request moves the session's end 30 minutes ahead
        context.Response.Cookies.Append(PersonalizationDefaults.SessionCookieName, sessionId.ToString("N"), new CookieOptions
        {
            HttpOnly = true,
            Secure = secure,
            SameSite = SameSiteMode.Lax,
            Expires = now.AddMinutes(PersonalizationDefaults.SessionIdleMinutes)
        });

        _ids = (visitorId, sessionId);
        return _ids.Value;
    }

    /// <summary>
    /// Gets whether the current request starts a browsing session (no live session cookie came with it)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true for the first request of a session
    /// </returns>
    public virtual async Task<bool> IsSessionStartAsync()
    {
        var (_, sessionId) = await GetIdsAsync();
        return sessionId != Guid.Empty && _sessionStarted;
    }

    #endregion
}

using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// The links in triggered emails: the click redirect and the one-click unsubscribe page
/// </summary>
public class PersonalizationEmailController : BasePluginController
{
    /// <summary>Gets the controller name used in routes.</summary>
    public const string ControllerName = "PersonalizationEmail";

    /// <summary>Longest token read from a link.</summary>
    public const int TokenMaxLength = 200;

    protected readonly IEmailEngagementService _emailEngagementService;
    protected readonly IStoreContext _storeContext;

    public PersonalizationEmailController(IEmailEngagementService emailEngagementService, IStoreContext storeContext)
    {
        _emailEngagementService = emailEngagementService;
        _storeContext = storeContext;
    }

    protected static string Bounded(string token) => token?.Length > TokenMaxLength ? null : token;

    /// <summary>Records the click and redirects to the link's page on this store (never elsewhere).</summary>
    [HttpGet]
    public async Task<IActionResult> Click(string t, string u)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        return LocalRedirect(await _emailEngagementService.RecordClickAsync(Bounded(t), u, store.Id));
    }

    /// <summary>Shows the confirmation button; opening the link alone changes nothing (mail scanners open links).</summary>
    [HttpGet]
    public async Task<IActionResult> Unsubscribe(string t)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var model = new EmailUnsubscribeModel { Token = Bounded(t), Email = await _emailEngagementService.GetUnsubscribeEmailAsync(Bounded(t), store.Id) };
        return View("~/Plugins/Misc.Personalization/Views/Emails/Unsubscribe.cshtml", model);
    }

    /// <summary>Unsubscribes the link's address from the store's marketing email.</summary>
    [HttpPost, ActionName(nameof(Unsubscribe))]
    public async Task<IActionResult> UnsubscribeConfirmed(string t)
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var email = await _emailEngagementService.GetUnsubscribeEmailAsync(Bounded(t), store.Id);
        var done = email != null && await _emailEngagementService.UnsubscribeAsync(Bounded(t), store.Id);
        return View("~/Plugins/Misc.Personalization/Views/Emails/Unsubscribe.cshtml", new EmailUnsubscribeModel { Token = Bounded(t), Email = email, Unsubscribed = done });
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Web.Framework.Controllers;

namespace Nop.Plugin.Misc.Personalization.Controllers;

/// <summary>
/// The links in triggered emails: the click redirect, the open pixel and the one-click unsubscribe page
/// </summary>
public class PersonalizationEmailController : BasePluginController
{
    /// <summary>Gets the controller name used in routes.</summary>
    public const string ControllerName = "PersonalizationEmail";

    /// <summary>Longest token read from a link.</summary>
    public const int TokenMaxLength = 200;

    /// <summary>Gets the open pixel: a transparent 1x1 GIF (43 bytes).</summary>
    public static ReadOnlySpan<byte> TransparentGif =>
    [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 0x04,
        0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B
    ];

    protected readonly IEmailEngagementService _emailEngagementService;
    protected readonly ILogger<PersonalizationEmailController> _logger;
    protected readonly IStoreContext _storeContext;

    public PersonalizationEmailController(IEmailEngagementService emailEngagementService, ILogger<PersonalizationEmailController> logger, IStoreContext storeContext)
    {
        _emailEngagementService = emailEngagementService;
        _logger = logger;
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

    /// <summary>
    /// Records the first open and answers with the transparent pixel, whatever the token and even when the open cannot be
    /// recorded: a mail client shows no broken image, and a forger learns nothing. Never cached, so a proxy does not
    /// answer for the store.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Open(string t)
    {
        try
        {
            var store = await _storeContext.GetCurrentStoreAsync();
            await _emailEngagementService.RecordOpenAsync(Bounded(t), store.Id);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            //one open is lost; the console log says why (the store's own log may sit in the same failing database)
            _logger.LogWarning(exception, "The open of a triggered email could not be recorded.");
        }

        Response.Headers.CacheControl = "no-store";
        return File(TransparentGif.ToArray(), "image/gif");
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

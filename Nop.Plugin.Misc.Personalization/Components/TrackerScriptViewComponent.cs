using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// Adds the storefront tracker script at the end of every public page while tracking is on
/// </summary>
public class TrackerScriptViewComponent : NopViewComponent
{
    /// <summary>Bumped with the script so browsers that cached it for a year (nopCommerce's static file policy) fetch the new one.</summary>
    public const string ScriptVersion = "2";

    protected readonly PersonalizationSettings _settings;

    public TrackerScriptViewComponent(PersonalizationSettings settings)
    {
        _settings = settings;
    }

    /// <summary>
    /// Invoke the widget view component
    /// </summary>
    /// <param name="widgetZone">Widget zone</param>
    /// <param name="additionalData">Additional data</param>
    /// <returns>The script tag, or nothing while tracking is off</returns>
    public IViewComponentResult Invoke(string widgetZone, object additionalData)
    {
        if (!_settings.TrackingEnabled)
            return Content(string.Empty);

        var encoder = HtmlEncoder.Default;
        var source = Url.Content("~" + PersonalizationDefaults.TrackerScriptPath) + "?v=" + ScriptVersion;
        var endpoint = Url.Content("~" + PersonalizationDefaults.TrackPath);
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<script src=\"{encoder.Encode(source)}\" data-endpoint=\"{encoder.Encode(endpoint)}\" defer></script>"));
    }
}

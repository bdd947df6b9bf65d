using Microsoft.AspNetCore.Mvc;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// What the plugin adds before the end of every public page: the tracker script and the campaign messages (a widget
/// plugin has one view component per zone)
/// </summary>
public class BodyEndViewComponent : NopViewComponent
{
    /// <summary>
    /// Invoke the widget view component
    /// </summary>
    /// <param name="widgetZone">Widget zone</param>
    /// <param name="additionalData">Additional data</param>
    /// <returns>The view invoking the tracker and campaign components</returns>
    public IViewComponentResult Invoke(string widgetZone, object additionalData) =>
        View(PersonalizationDefaults.ViewsPath + "Components/BodyEnd.cshtml");
}

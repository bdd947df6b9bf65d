using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nop.Services.Events;
using Nop.Web.Framework;
using Nop.Web.Framework.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Where the merchant enabled it, puts a CSS class per segment the visitor is in (pz-segment-12) on the html element
/// of every storefront page, so themes can show or hide content with styles and scripts. Only ids are written: a
/// segment's name and rule never reach the page.
/// </summary>
public class SegmentCssClassEventConsumer : IConsumer<PageRenderingEvent>
{
    protected readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly IVisitorSegmentService _visitorSegmentService;
    protected readonly PersonalizationSettings _settings;

    public SegmentCssClassEventConsumer(IHttpContextAccessor httpContextAccessor,
        IVisitorSegmentService visitorSegmentService,
        PersonalizationSettings settings)
    {
        _httpContextAccessor = httpContextAccessor;
        _visitorSegmentService = visitorSegmentService;
        _settings = settings;
    }

    /// <summary>Adds the classes while the page's head is rendered (nopCommerce writes them into the html element)</summary>
    public async Task HandleEventAsync(PageRenderingEvent eventMessage)
    {
        if (!_settings.SegmentCssClassesEnabled || _httpContextAccessor.HttpContext?.GetRouteValue("area") as string == AreaNames.ADMIN)
            return;

        foreach (var segmentId in await _visitorSegmentService.GetCurrentSegmentIdsAsync())
            eventMessage.Helper.AddPageCssClassParts(PersonalizationDefaults.SegmentCssClassPrefix + segmentId.ToString(CultureInfo.InvariantCulture));
    }
}

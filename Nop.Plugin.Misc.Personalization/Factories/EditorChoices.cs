using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Discounts;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// The choices the campaign and email flow editors share: the segments to target or exclude, and the discounts a coupon may apply.
/// </summary>
public static class EditorChoices
{
    /// <summary>Adds every segment, an inactive one marked so.</summary>
    public static async Task AddSegmentsAsync(IList<SelectListItem> items, ISegmentService segmentService, ILocalizationService localizationService)
    {
        var inactive = await localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.SegmentInactive");
        foreach (var segment in await segmentService.GetAllSegmentsAsync())
            items.Add(new SelectListItem(segment.Active ? segment.Name : $"{segment.Name} ({inactive})", segment.Id.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Adds "no discount" and the store's discounts that ask for a coupon code: only those can be handed out as coupons.</summary>
    public static async Task AddCouponDiscountsAsync(IList<SelectListItem> items, IDiscountService discountService, ILocalizationService localizationService)
    {
        items.Add(new SelectListItem(await localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Coupon.None"), "0"));
        foreach (var discount in (await discountService.GetAllDiscountsAsync(showHidden: true, isActive: null)).Where(discount => discount.RequiresCouponCode))
            items.Add(new SelectListItem(discount.Name, discount.Id.ToString(CultureInfo.InvariantCulture)));
    }
}

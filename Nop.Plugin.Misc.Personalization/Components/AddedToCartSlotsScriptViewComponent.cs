using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Web.Framework.Components;

namespace Nop.Plugin.Misc.Personalization.Components;

/// <summary>
/// Adds the recommendation script that shows the add-to-cart notification's slots, on every public page of a store
/// with such a slot (the notification has no widget zone, so the script asks for the slots after an add to cart)
/// </summary>
public class AddedToCartSlotsScriptViewComponent : NopViewComponent
{
    protected readonly IRecommendationSlotService _recommendationSlotService;
    protected readonly IStoreContext _storeContext;

    public AddedToCartSlotsScriptViewComponent(IRecommendationSlotService recommendationSlotService, IStoreContext storeContext)
    {
        _recommendationSlotService = recommendationSlotService;
        _storeContext = storeContext;
    }

    /// <summary>Renders the script and the files it needs, or nothing when the store has no active notification slot.</summary>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var store = await _storeContext.GetCurrentStoreAsync();
        var slots = await _recommendationSlotService.GetActiveSlotsAsync(RecommendationSlotZones.AddToCartNotification, store.Id);
        return slots.Count == 0 ? Content(string.Empty) : View(PersonalizationDefaults.ViewsPath + "Components/AddedToCartSlotsScript.cshtml");
    }
}

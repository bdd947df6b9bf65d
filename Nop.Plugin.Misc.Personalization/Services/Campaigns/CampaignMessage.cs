using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Content;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// A decided campaign message as the page renders it: which campaign and variant, how and when it appears, and its copy
/// with the visitor's tokens filled in. Targeting rules, segments and the other variants never reach the page.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="VariantId">The variant shown.</param>
/// <param name="Presentation">Modal, top bar or bottom bar (or inline in a widget zone).</param>
/// <param name="DelaySeconds">Seconds on the page before it appears.</param>
/// <param name="OnExitIntent">Whether it waits for the pointer to head out of the window.</param>
/// <param name="ScrollDepthPercent">How far the visitor must scroll first; 0 for no condition.</param>
/// <param name="Dismissible">Whether it has a close button.</param>
/// <param name="Copy">The copy, tokens filled in.</param>
/// <param name="WidgetZone">The widget zone an inline message appears in; null for the others.</param>
public sealed record CampaignMessage(int CampaignId, int VariantId, PresentationKind Presentation, int DelaySeconds, bool OnExitIntent,
    int ScrollDepthPercent, bool Dismissible, RenderedCopy Copy, string WidgetZone = null);

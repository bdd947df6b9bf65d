using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Events;

/// <summary>
/// Represents one page of the events grid
/// </summary>
public record EventListModel : BasePagedListModel<EventModel>;

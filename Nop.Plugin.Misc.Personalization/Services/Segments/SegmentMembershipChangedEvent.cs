namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Published through nopCommerce's event publisher when a materialization changed a segment's members; a run with many
/// changes publishes one event per chunk of customers (see <see cref="SegmentMaterializationService.ChunkSize"/>).
/// </summary>
/// <param name="SegmentId">The segment.</param>
/// <param name="EnteredCustomerIds">Customers who entered it.</param>
/// <param name="LeftCustomerIds">Customers who left it.</param>
public sealed record SegmentMembershipChangedEvent(int SegmentId, IReadOnlyList<int> EnteredCustomerIds, IReadOnlyList<int> LeftCustomerIds);

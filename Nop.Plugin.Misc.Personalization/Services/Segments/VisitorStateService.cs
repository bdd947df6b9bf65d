using System.Text.Json;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Builds the state real-time segment evaluation reads for a customer from the stored rows, the inverse of what
/// <see cref="ISegmentMembershipService.SaveAttributesAsync"/> and the profile updates write.
/// </summary>
public class VisitorStateService : IVisitorStateService
{
    #region Fields

    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<CustomerProfileAttribute> _attributeRepository;
    protected readonly IRepository<ShoppingCartItem> _cartItemRepository;
    protected readonly IRepository<TrackedEvent> _eventRepository;

    #endregion

    #region Ctor

    public VisitorStateService(IRepository<CustomerProfile> profileRepository,
        IRepository<CustomerProfileAttribute> attributeRepository,
        IRepository<ShoppingCartItem> cartItemRepository,
        IRepository<TrackedEvent> eventRepository)
    {
        _profileRepository = profileRepository;
        _attributeRepository = attributeRepository;
        _cartItemRepository = cartItemRepository;
        _eventRepository = eventRepository;
    }

    #endregion

    #region Utilities

    protected static bool Flag(IEnumerable<CustomerProfileAttribute> fields, ProfileField field) =>
        fields.Any(row => row.Name == ProfileFields.NameOf(field) && row.NumberValue == 1m);

    #endregion

    #region Methods

    /// <summary>
    /// Loads a customer's visitor state: the stored profile, the most recent events, the stored scores, roles and
    /// context flags, and the shopping cart's products (the current page and request context are the caller's)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="maxEvents">Most recent events to keep</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state; an empty one for a customer without a profile
    /// </returns>
    public virtual async Task<VisitorState> LoadAsync(int customerId, int maxEvents = VisitorState.DefaultMaxEvents)
    {
        var row = (await _profileRepository.GetAllAsync(query => query.Where(profile => profile.CustomerId == customerId))).FirstOrDefault();
        var profile = string.IsNullOrEmpty(row?.StateJson)
            ? CustomerProfileState.Empty(customerId)
            : JsonSerializer.Deserialize<CustomerProfileState>(row.StateJson);

        var recent = await _eventRepository.GetAllPagedAsync(query => query.Where(e => e.CustomerId == customerId)
            .OrderByDescending(e => e.CreatedOnUtc).ThenByDescending(e => e.Id), 0, maxEvents);
        var events = recent.Select(TrackedEventMapping.ToVisitorEvent).Reverse().ToArray();

        var attributes = await _attributeRepository.GetAllAsync(query => query.Where(a => a.CustomerId == customerId));
        var fields = attributes.Where(a => a.KindId == (int)ProfileAttributeKind.Field).ToList();
        var language = fields.FirstOrDefault(a => a.Name == ProfileFields.NameOf(ProfileField.LanguageId))?.NumberValue;

        var cart = await _cartItemRepository.GetAllAsync(query => query.Where(item => item.CustomerId == customerId && item.ShoppingCartTypeId == ProfileSegmentSchema.ShoppingCartTypeId));

        return new VisitorState
        {
            Profile = profile,
            Identified = Flag(fields, ProfileField.Identified),
            NewsletterSubscriber = Flag(fields, ProfileField.NewsletterSubscriber),
            RoleIds = attributes.Where(a => a.KindId == (int)ProfileAttributeKind.Role).Select(a => a.EntityId).ToArray(),
            StoreId = row?.StoreId ?? 0,
            LanguageId = (int)(language ?? 0m),
            Scores = attributes.Where(a => a.KindId == (int)ProfileAttributeKind.Score && a.NumberValue.HasValue)
                .GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First().NumberValue.Value, StringComparer.Ordinal),
            Events = events,
            CartProductIds = cart.Select(item => item.ProductId).Distinct().ToArray()
        };
    }

    #endregion
}

using Personalization.Engine.Profiles;

namespace Personalization.Engine.Segments;

/// <summary>
/// Derives the attribute rows batch evaluation reads from a visitor state, so that SQL sees exactly what real time sees.
/// </summary>
public static class ProfileAttributes
{
    /// <summary>The fields that live in the attribute table rather than in profile columns.</summary>
    public static IReadOnlyList<ProfileField> AttributeFields { get; } =
    [
        ProfileField.Device, ProfileField.Country, ProfileField.FirstTouchCampaign, ProfileField.LastTouchCampaign, ProfileField.PriceTier,
        ProfileField.DiscountShare, ProfileField.LanguageId, ProfileField.Identified, ProfileField.NewsletterSubscriber
    ];

    /// <summary>Gets the rows of a state.</summary>
    public static IReadOnlyList<ProfileAttribute> From(VisitorState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var profile = state.Profile;
        var rows = new List<ProfileAttribute>();
        void Text(ProfileField field, string value) => rows.Add(new(ProfileAttributeKind.Field, ProfileFields.NameOf(field), 0, null, value, null));
        void Number(ProfileField field, decimal value) => rows.Add(new(ProfileAttributeKind.Field, ProfileFields.NameOf(field), 0, value, null, null));

        //text fields keep their case; conditions compare them in lower case on both sides
        Text(ProfileField.Device, profile.Device);
        Text(ProfileField.Country, profile.Country);
        Text(ProfileField.FirstTouchCampaign, profile.FirstTouchCampaign);
        Text(ProfileField.LastTouchCampaign, profile.LastTouchCampaign);
        Text(ProfileField.PriceTier, VisitorStateFunctions.PriceTierName(profile));
        Number(ProfileField.DiscountShare, VisitorStateFunctions.DiscountShare(profile));
        Number(ProfileField.LanguageId, state.LanguageId);
        Number(ProfileField.Identified, state.Identified ? 1m : 0m);
        Number(ProfileField.NewsletterSubscriber, state.NewsletterSubscriber ? 1m : 0m);

        foreach (var (name, trait) in profile.Traits)
        {
            rows.Add(trait.Type switch
            {
                TraitType.Text => new ProfileAttribute(ProfileAttributeKind.Trait, name, 0, null, trait.Text, null),
                TraitType.Number => new ProfileAttribute(ProfileAttributeKind.Trait, name, 0, trait.Number, null, null),
                TraitType.Date => new ProfileAttribute(ProfileAttributeKind.Trait, name, 0, null, null, trait.Date),
                _ => new ProfileAttribute(ProfileAttributeKind.Trait, name, 0, trait.Boolean is { } flag ? flag ? 1m : 0m : null, null, null)
            });
        }

        foreach (var (model, score) in state.Scores)
            rows.Add(new ProfileAttribute(ProfileAttributeKind.Score, model, 0, score, null, null));
        foreach (var affinity in profile.TopCategories)
            rows.Add(new ProfileAttribute(ProfileAttributeKind.CategoryAffinity, null, affinity.Id, affinity.Count, null, null));
        foreach (var affinity in profile.TopManufacturers)
            rows.Add(new ProfileAttribute(ProfileAttributeKind.ManufacturerAffinity, null, affinity.Id, affinity.Count, null, null));
        foreach (var role in state.RoleIds)
            rows.Add(new ProfileAttribute(ProfileAttributeKind.Role, null, role, null, null, null));
        return rows;
    }
}

namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// What a merchandising rule does to a slot.
/// </summary>
public enum RuleActionKind
{
    /// <summary>Shows the action's products at the front of the slot.</summary>
    ShowProducts = 0,

    /// <summary>Shows products of the action's categories (with subcategories) at the front of the slot.</summary>
    ShowCategories = 1,

    /// <summary>Shows higher-priced products of the anchor product's categories, within a price ratio range.</summary>
    Upsell = 2,

    /// <summary>Shows accessories: the action's products, then products of its categories.</summary>
    CrossSell = 3,

    /// <summary>Puts one product at a fixed position.</summary>
    Pin = 4,

    /// <summary>Raises the products, or products of the categories or manufacturers, by a factor.</summary>
    Boost = 5,

    /// <summary>Moves the products, or products of the categories or manufacturers, to the end of the slot.</summary>
    Bury = 6,

    /// <summary>Never shows the products, or products of the categories or manufacturers.</summary>
    Exclude = 7
}

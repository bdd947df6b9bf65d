namespace Personalization.Analyzer;

/// <summary>
/// Categories for stores whose export has none (Online Retail, nopCommerce's order export): keyword rules over the
/// product name, first match wins; non-product lines (postage, fees, manual adjustments) get none.
/// </summary>
public static class ProductCategories
{
    /// <summary>The category of names no rule matches.</summary>
    public const string Unmatched = "Other gifts";

    static readonly string[] ServiceCodes = ["POST", "DOT", "M", "C2", "C3", "BANK CHARGES", "CRUK", "PADS", "AMAZONFEE", "S", "B", "D", "m"];

    static readonly (string Category, string[] Words)[] Rules =
    [
        ("Christmas", ["CHRISTMAS", "XMAS", "ADVENT", "SNOWFLAKE", "REINDEER", "SANTA", "NOEL", "BAUBLE", "WREATH"]),
        ("Easter", ["EASTER", "CHICK", "BUNNY", "EGG HUNT"]),
        ("Candles & lights", ["CANDLE", "T-LIGHT", "TLIGHT", "LANTERN", "LIGHT", "LAMP", "INCENSE", "OIL BURNER"]),
        ("Bags", ["BAG", "PURSE", "SHOPPER", "TOTE", "SUITCASE"]),
        ("Kitchen & baking", ["CAKE", "BAKING", "MUG", "CUP", "TEA", "COFFEE", "BOWL", "PLATE", "JAR", "LUNCH", "CUTLERY", "KITCHEN",
            "PANTRY", "JAM", "SPOON", "TRAY", "DISH", "NAPKIN", "APRON", "RECIPE", "JELLY", "DOILY", "DOILEY", "DOILIES", "STRAWS",
            "BISCUIT", "MOULD", "SCALES", "CHOPSTICK", "GLASS", "BOTTLE", "TIN", "CAKESTAND", "OVEN", "PICNIC"]),
        ("Garden", ["GARDEN", "PLANT", "WATERING", "BIRD HOUSE", "BIRDHOUSE", "FEEDER", "HERB", "PARASOL", "TRUG", "SEED", "GNOME", "FLOWER POT"]),
        ("Stationery & cards", ["CARD", "PAPER", "NOTEBOOK", "PENCIL", "PEN ", "WRAP", "STICKER", "TAPE", "ENVELOPE", "NOTE", "CALENDAR",
            "BOOK", "ERASER", "RULER", "CRAYON", "CHALK", "STAMP", "POSTCARD"]),
        ("Jewellery & accessories", ["NECKLACE", "EARRING", "BRACELET", "RING", "CHARM", "BEAD", "DIAMANTE", "HAIR", "BROOCH", "JEWEL",
            "UMBRELLA", "SCARF", "GLOVES", "HAT ", "KEY"]),
        ("Toys & party", ["TOY", "PARTY", "GAME", "JIGSAW", "DOLL", "BALLOON", "BUNTING", "BIRTHDAY", "PUPPET", "SPACEBOY", "CHILDRENS",
            "KIDS", "PLAYHOUSE", "SKIPPING", "BLOCKS", "TEDDY", "MAGIC", "BUBBLES", "PAINT SET", "CRAFT"]),
        ("Home décor", ["FRAME", "MIRROR", "CLOCK", "SIGN", "CUSHION", "DOORMAT", "HOOK", "DRAWER", "CABINET", "HANGING", "DECORATION",
            "GARLAND", "ORNAMENT", "VASE", "WALL", "DOOR", "KNOB", "STORAGE", "BASKET", "TRINKET", "HOLDER", "THROW", "BLANKET",
            "HOT WATER", "QUILT", "CURTAIN", "SHELF", "BOX", "HEART"])
    ];

    /// <summary>Gets whether a line is postage, a fee or a manual adjustment rather than a product.</summary>
    public static bool IsService(string stockCode, string description)
    {
        if (Array.IndexOf(ServiceCodes, stockCode) >= 0)
            return true;
        var name = description?.ToUpperInvariant() ?? "";
        return name.Contains("POSTAGE") || name.Contains("CARRIAGE") || name == "MANUAL" || name.Contains("BANK CHARGES") || name.Contains("AMAZON FEE");
    }

    /// <summary>Gets the category of a product name by the first matching rule; <see cref="Unmatched"/> when none.</summary>
    public static string Of(string description)
    {
        var name = " " + (description ?? "").ToUpperInvariant() + " ";
        foreach (var (category, words) in Rules)
        {
            foreach (var word in words)
            {
                if (name.Contains(word, StringComparison.Ordinal))
                    return category;
            }
        }

        return Unmatched;
    }
}

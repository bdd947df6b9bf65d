namespace Personalization.Engine.Campaigns;

/// <summary>
/// How a campaign appears; each kind (and each widget zone for inline campaigns) is one slot that shows at most one campaign per page.
/// </summary>
public enum PresentationKind
{
    /// <summary>A modal popup over the page.</summary>
    Modal = 0,

    /// <summary>A bar along the top of the page.</summary>
    TopBar = 1,

    /// <summary>A bar along the bottom of the page.</summary>
    BottomBar = 2,

    /// <summary>A block inside a named widget zone of the theme.</summary>
    Inline = 3
}

using System.Text.RegularExpressions;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Views;

public class LayoutlessViewTests
{
    [Test]
    public void A_page_without_a_layout_writes_its_stylesheets_itself()
    {
        //nopCommerce's link tag helper takes every <link rel="stylesheet"> out of the page and leaves it to the layout's
        //head; a page rendered without a layout (the campaign editor's preview frame) must opt out with "<!link"
        var views = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Views"), "*.cshtml", SearchOption.AllDirectories)
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"Layout\s*=\s*null"))
            .ToList();
        var swallowed = views
            .Where(file => Regex.IsMatch(File.ReadAllText(file), @"<link\s[^>]*rel=""stylesheet"""))
            .Select(Path.GetFileName)
            .ToList();

        Assert.That(views, Is.Not.Empty);
        Assert.That(swallowed, Is.Empty);
    }
}

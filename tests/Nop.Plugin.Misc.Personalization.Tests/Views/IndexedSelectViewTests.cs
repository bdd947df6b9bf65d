using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Nop.Plugin.Misc.Personalization.Models;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Views;

public class IndexedSelectViewTests
{
    [Test]
    public void Every_select_of_a_field_in_a_list_gets_its_value_into_view_data_first()
    {
        //nopCommerce's select tag helper finds the value by the field's name, which view data cannot follow through a
        //list index: without the value put there first, the select shows its first option and a save stores that
        var missing = new List<string>();
        var found = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Views"), "*.cshtml", SearchOption.AllDirectories))
        {
            var view = File.ReadAllText(file);
            foreach (Match select in Regex.Matches(view, @"<nop-select\s+asp-for=""([^""]*\[[^""]*)"""))
            {
                found++;
                var name = Regex.Replace(select.Groups[1].Value, @"\[(\w+)\]", "[{$1}]");
                if (!view.Contains($"ViewData.SetIndexedValue($\"{name}\"", StringComparison.Ordinal))
                    missing.Add($"{Path.GetFileName(file)}: {select.Groups[1].Value}");
            }
        }

        Assert.That(found, Is.GreaterThanOrEqualTo(5), "the email and campaign editors have such selects");
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void The_value_is_found_by_the_fields_name_and_under_a_templates_prefix()
    {
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary());
        viewData.SetIndexedValue("Steps[1].TemplateSystemName", "Personalization.WinBack.1");
        //what the select's editor template is found by: the name, looked up in view data
        Assert.That(ViewDataEvaluator.Eval(viewData, "Steps[1].TemplateSystemName").Value, Is.EqualTo("Personalization.WinBack.1"));

        viewData.TemplateInfo.HtmlFieldPrefix = "Flow";
        viewData.SetIndexedValue("Steps[0].DelayUnitMinutes", 1440);
        Assert.That(viewData["Flow.Steps[0].DelayUnitMinutes"], Is.EqualTo(1440));
    }
}

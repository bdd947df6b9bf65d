using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Tests.Models;

public class NullableFieldEditorTests
{
    [Test]
    public void Every_optional_number_or_date_field_may_be_left_empty_in_the_browser()
    {
        //nop-editor picks the editor template by the value's type: without "Int32Nullable" (and the like) an empty
        //optional field gets nopCommerce's non-nullable template, whose client-side "The Int32 field is required."
        //keeps the merchant from saving the form at all
        var missing = typeof(CampaignModel).Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("Nop.Plugin.Misc.Personalization.Models", StringComparison.Ordinal) == true)
            .SelectMany(type => type.GetProperties(), (type, property) => (type, property))
            .Where(pair => pair.property.GetCustomAttribute<NopResourceDisplayNameAttribute>() != null
                && Nullable.GetUnderlyingType(pair.property.PropertyType) is { IsValueType: true })
            .Where(pair => pair.property.GetCustomAttribute<UIHintAttribute>()?.UIHint
                != Nullable.GetUnderlyingType(pair.property.PropertyType)!.Name + "Nullable"
                && pair.property.GetCustomAttribute<UIHintAttribute>()?.UIHint != "DateNullable")
            .Select(pair => $"{pair.type.Name}.{pair.property.Name}")
            .ToList();

        Assert.That(missing, Is.Empty);
    }
}

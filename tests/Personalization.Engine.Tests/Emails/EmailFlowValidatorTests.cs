using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;

namespace Personalization.Engine.Tests.Emails;

public class EmailFlowValidatorTests
{
    static EmailFlow Flow() => new()
    {
        Name = "Cart",
        Trigger = new EmailTrigger { Kind = EmailTriggerKind.CartAbandonment },
        Steps = [new EmailStep { TemplateSystemName = "Personalization.CartAbandonment.1" }]
    };

    static CampaignIssue[] Errors(EmailFlow flow) => EmailFlowValidator.Validate(flow).Errors.ToArray();

    [Test]
    public void A_plain_cart_flow_validates()
    {
        Assert.That(Errors(Flow()), Is.Empty);
    }

    [Test]
    public void A_flow_without_emails_and_a_step_without_template_are_refused_on_their_fields()
    {
        Assert.That(Errors(Flow() with { Steps = [] }).Single().Field, Is.EqualTo("Steps"));
        var issue = Errors(Flow() with { Steps = [new EmailStep { DelayMinutes = -1, TemplateSystemName = "bad name" }] });
        Assert.That(issue.Select(i => i.Field), Is.EqualTo(new[] { "Steps[0].DelayMinutes", "Steps[0].TemplateSystemName" }));
        Assert.That(issue[1].Message, Is.EqualTo("Email 1, message template: 'bad name' is not a message template name (letters, digits, '.', '_' and '-', at most 200)."));
    }

    [Test]
    public void A_cart_idle_time_under_15_minutes_is_refused()
    {
        var issue = Errors(Flow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.CartAbandonment, CartIdleMinutes = 5 } }).Single();

        Assert.That(issue.Field, Is.EqualTo("Trigger.CartIdleMinutes"));
        Assert.That(issue.Message, Is.EqualTo("Trigger, cart idle time: must be 15 to 10,080 minutes; got 5."));
    }

    [Test]
    public void A_broadcast_needs_a_time_and_a_segment()
    {
        var fields = Errors(Flow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.SegmentBroadcast } }).Select(i => i.Field);

        Assert.That(fields, Is.EquivalentTo(new[] { "Trigger.SendOnUtc", "IncludeSegmentIds" }));
    }

    [Test]
    public void Empty_quiet_hours_a_single_variant_and_duplicate_variant_ids_are_refused()
    {
        Assert.That(Errors(Flow() with { QuietHours = new QuietHours { FromHour = 8, ToHour = 8 } }).Single().Field, Is.EqualTo("QuietHours.ToHour"));
        Assert.That(Errors(Flow() with { Variants = [new EmailVariant { Id = 1, Name = "A" }] }).Single().Field, Is.EqualTo("Variants"));
        var duplicate = Errors(Flow() with { Variants = [new EmailVariant { Id = 1, Name = "A" }, new EmailVariant { Id = 1, Name = "B" }] }).Single();
        Assert.That(duplicate.Message, Is.EqualTo("Variant 'B': id 1 is used by another variant."));
    }

    [Test]
    public void A_coupon_without_a_discount_and_a_cap_of_zero_are_refused()
    {
        var flow = Flow() with
        {
            Steps = [new EmailStep { TemplateSystemName = "T", Coupon = new CampaignCoupon { DiscountId = 0 } }],
            Cap = new EmailFrequencyCap { MaxEmails = 0 }
        };

        Assert.That(Errors(flow).Select(i => i.Field), Is.EqualTo(new[] { "Steps[0].Coupon.DiscountId", "Cap.MaxEmails" }));
    }
}

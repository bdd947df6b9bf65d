using Microsoft.AspNetCore.Http;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Localization;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Controllers;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Security;
using Personalization.Engine.Campaigns;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CampaignPreviewServiceTests(DatabaseKind kind)
{
    CampaignAdmin _admin;

    [SetUp]
    public async Task CreateAdmin() => _admin = await CampaignAdmin.CreateAsync(kind);

    [TearDown]
    public void DropAdmin() => _admin?.Dispose();

    async Task<Campaign> DraftAsync()
    {
        var engineCampaign = CampaignFarm.BottomBar(10m, 1, 1) with
        {
            Delivery = new CampaignDelivery { DelaySeconds = 30, OnExitIntent = true, ScrollDepthPercent = 50 },
            Variants =
            [
                new CampaignVariant { Id = 1, Name = "A", Copies = [new CampaignCopy { Title = "Free shipping", BodyHtml = "<p>Over $100</p>" }] },
                new CampaignVariant
                {
                    Id = 2, Name = "B", CouponCode = "WINTER",
                    Copies =
                    [
                        new CampaignCopy { Title = "Hi {{customer.first_name|there}}", BodyHtml = "<p>Code {{coupon.code}}</p>" },
                        new CampaignCopy { LanguageId = CampaignAdmin.GermanLanguageId, Title = "Hallo {{customer.first_name|du}}" }
                    ]
                }
            ]
        };
        var campaign = new Campaign { StatusId = (int)CampaignStatus.Draft, CampaignJson = CampaignJson.Write(engineCampaign) };
        await _admin.CampaignService.InsertCampaignAsync(campaign);
        return campaign;
    }

    CampaignPreviewService Preview(string query, bool mayManage)
    {
        var context = new DefaultHttpContext();
        context.Request.QueryString = new QueryString(query);
        var permissions = new Mock<IPermissionService>();
        permissions.Setup(p => p.AuthorizeAsync(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION)).ReturnsAsync(mayManage);
        var work = new Mock<IWorkContext>();
        work.Setup(w => w.GetWorkingLanguageAsync()).ReturnsAsync(new Language { Id = CampaignAdmin.GermanLanguageId, Name = "Deutsch" });
        return new CampaignPreviewService(_admin.CampaignService, new HttpContextAccessor { HttpContext = context }, permissions.Object, work.Object);
    }

    [Test]
    public async Task A_merchant_sees_the_named_variant_of_a_draft_at_once_in_the_working_language()
    {
        var campaign = await DraftAsync();

        var message = await Preview($"?pz-campaign-preview={campaign.Id}-2", mayManage: true).GetPreviewMessageAsync();

        Assert.That((message.CampaignId, message.VariantId, message.Presentation), Is.EqualTo((campaign.Id, 2, PresentationKind.BottomBar)));
        Assert.That((message.Copy.Title, message.Copy.BodyHtml), Is.EqualTo(("Hallo du", "<p>Code WINTER</p>")), "the German title over the standard body");
        Assert.That((message.DelaySeconds, message.OnExitIntent, message.ScrollDepthPercent), Is.EqualTo((0, false, 0)), "no trigger to wait for");
    }

    [Test]
    public async Task A_visitor_without_the_permission_or_a_made_up_parameter_gets_no_preview()
    {
        var campaign = await DraftAsync();

        Assert.That(await Preview($"?pz-campaign-preview={campaign.Id}-2", mayManage: false).GetPreviewMessageAsync(), Is.Null);
        Assert.That(await Preview($"?pz-campaign-preview={campaign.Id}-9", mayManage: true).GetPreviewMessageAsync(), Is.Null, "no such variant");
        Assert.That(await Preview($"?pz-campaign-preview={campaign.Id}", mayManage: true).GetPreviewMessageAsync(), Is.Null);
        Assert.That(await Preview("?pz-campaign-preview=-1-2", mayManage: true).GetPreviewMessageAsync(), Is.Null);
        Assert.That(await Preview("", mayManage: true).GetPreviewMessageAsync(), Is.Null);
    }
}

using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Personalization.Engine.Campaigns.Statistics;
using Personalization.Engine.Emails;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailFlowReportTests(DatabaseKind kind)
{
    const int FlowId = 7;

    EmailStore _store;

    [SetUp]
    public void CreateStore() => _store = EmailStore.Create(kind);

    [TearDown]
    public void DisposeStore() => _store?.Dispose();

    int _customer;

    EmailEnrollment Run(bool heldOut, int variantId, int enrolledDay, int? convertedDay = null, decimal revenue = 0, int flowId = FlowId)
    {
        var enrolled = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc).AddDays(enrolledDay);
        return new EmailEnrollment
        {
            FlowId = flowId, CustomerId = ++_customer, Email = $"c{_customer}@example.com", TriggeredOnUtc = enrolled, EnrolledOnUtc = enrolled,
            NextDueOnUtc = enrolled, StatusId = (int)EmailEnrollmentStatus.Completed, VariantId = variantId, HeldOut = heldOut,
            ConvertedOnUtc = convertedDay is { } day ? enrolled.Date.AddDays(day - enrolledDay).AddHours(15) : null, Revenue = revenue
        };
    }

    [Test]
    public async Task Emailed_runs_are_compared_with_held_out_runs_counted_per_day_with_revenue()
    {
        await _store.InsertRunsAsync([
            //held out: four runs, one converted (20)
            Run(true, 0, 0), Run(true, 0, 0, 1, 20m), Run(true, 0, 1), Run(true, 0, 1),
            //emailed: four runs, three converted (10 + 30 + 50), one of them a day after its enrolment
            Run(false, 0, 0, 0, 10m), Run(false, 0, 0, 2, 30m), Run(false, 0, 1, 1, 50m), Run(false, 0, 1),
            //another flow's run counts nowhere here
            Run(false, 0, 0, 0, 99m, flowId: FlowId + 1)
        ]);

        var report = (await _store.Flows().GetReportAsync(FlowId, new EngineFlow { HoldoutPercent = 50m })).Experiment;

        Assert.That((report.Control.Visitors, report.Control.Conversions), Is.EqualTo((4L, 1L)));
        var emailed = report.Variants.Single();
        Assert.That((emailed.Arm.Visitors, emailed.Arm.Conversions), Is.EqualTo((4L, 3L)));
        Assert.That(emailed.Arm.ConversionRate, Is.EqualTo(WilsonInterval.Compute(3, 4, 0.95)));
        Assert.That(emailed.Arm.RevenuePerVisitor.Estimate, Is.EqualTo(22.5).Within(1e-9), "90 over four runs");
        Assert.That(report.Control.RevenuePerVisitor.Estimate, Is.EqualTo(5).Within(1e-9));
        Assert.That(emailed.AbsoluteUplift.Estimate, Is.EqualTo(0.5).Within(1e-9), "75 % against 25 %");
        Assert.That(emailed.ProbabilityToBeatControl, Is.GreaterThan(0.5).And.LessThan(1));
        Assert.That(report.SampleRatioMismatch, Is.False, "four and four is the configured half each");

        //the sequential test sees the same aggregates as an experiment built from the hand-counted days
        var expected = ExperimentAnalysis.Analyze(
            new ExperimentArm { Name = "Control", ExpectedShare = 0.5, Visitors = 4, Conversions = 1, Revenue = 20, RevenueSquares = 400, DailyVisitors = [2, 2, 0], DailyConversions = [0, 1, 0] },
            [new ExperimentArm { Name = "Emailed", ExpectedShare = 0.5, Visitors = 4, Conversions = 3, Revenue = 90, RevenueSquares = 3500, DailyVisitors = [2, 2, 0], DailyConversions = [1, 1, 1] }]);
        Assert.That(emailed.SequentialPValue, Is.EqualTo(expected.Variants[0].SequentialPValue).Within(1e-12));
        Assert.That(report.Verdict.Text, Is.EqualTo(expected.Verdict.Text));
    }

    [Test]
    public async Task Each_variant_is_its_own_arm_held_out_runs_are_control_whatever_their_bucket_and_a_removed_variant_is_left_out()
    {
        var runs = new List<EmailEnrollment>();
        for (var i = 0; i < 40; i++)
            runs.Add(Run(true, i % 2 + 1, 0));
        for (var i = 0; i < 20; i++)
            runs.Add(Run(false, 1, 0, i < 5 ? 1 : null, i < 5 ? 10m : 0));
        for (var i = 0; i < 20; i++)
            runs.Add(Run(false, 2, 0, i < 2 ? 1 : null, i < 2 ? 10m : 0));
        runs.Add(Run(false, 9, 0, 0, 500m));
        await _store.InsertRunsAsync(runs);
        var flow = new EngineFlow
        {
            HoldoutPercent = 10m,
            Variants = [new EmailVariant { Id = 1, Name = "A", Weight = 1 }, new EmailVariant { Id = 2, Name = "B", Weight = 1 }]
        };

        var report = (await _store.Flows().GetReportAsync(FlowId, flow)).Experiment;

        Assert.That((report.Control.Visitors, report.Control.Conversions), Is.EqualTo((40L, 0L)));
        Assert.That(report.Variants.Select(variant => (variant.Arm.Name, variant.Arm.Visitors, variant.Arm.Conversions)),
            Is.EqualTo(new[] { ("A", 20L, 5L), ("B", 20L, 2L) }));
        Assert.That(report.SampleRatioMismatch, Is.True, "half the runs held out where a tenth was configured");
        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.SampleRatioMismatch));
    }

    /// <summary>Writes the emails of runs: queued or not, opened or not.</summary>
    async Task InsertSendsAsync(IEnumerable<(int VariantId, bool Queued, bool Opened, int FlowId)> emails)
    {
        using var sends = new Linq2DbRepository<EmailSend>(_store.Database, new PersonalizationNameCompatibility());
        var sent = new DateTime(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        var step = 0;
        foreach (var (variantId, queued, opened, flowId) in emails)
            await sends.InsertAsync(new EmailSend
            {
                EnrollmentId = 1, StepIndex = step++, FlowId = flowId, StoreId = 1, CustomerId = 1, Email = "c@example.com", TemplateSystemName = "T",
                QueuedEmailId = queued ? step : null, SentOnUtc = sent, VariantId = variantId, OpenedOnUtc = opened ? sent.AddHours(1) : null, Why = "test"
            });
    }

    [Test]
    public async Task Opens_are_counted_per_variant_over_the_queued_emails_and_summed_for_the_flow()
    {
        await _store.InsertRunsAsync([Run(true, 1, 0), Run(false, 1, 0), Run(false, 2, 0)]);
        var emails = new List<(int, bool, bool, int)>();
        //variant A: five queued, three opened; variant B: four queued, one opened
        emails.AddRange(Enumerable.Range(0, 5).Select(i => (1, true, i < 3, FlowId)));
        emails.AddRange(Enumerable.Range(0, 4).Select(i => (2, true, i < 1, FlowId)));
        //an email that could not be queued was never delivered, so it is neither sent nor opened; another flow's counts nowhere
        emails.Add((2, false, false, FlowId));
        emails.Add((1, true, true, FlowId + 1));
        await InsertSendsAsync(emails);
        var flow = new EngineFlow { Variants = [new EmailVariant { Id = 1, Name = "A", Weight = 1 }, new EmailVariant { Id = 2, Name = "B", Weight = 1 }] };

        var report = await _store.Flows().GetReportAsync(FlowId, flow);

        Assert.That(report.Opens.Select(variant => (variant.VariantId, variant.Sent, variant.Opened)), Is.EqualTo(new[] { (1, 5, 3), (2, 4, 1) }));
        Assert.That(report.Of(1).OpenRate, Is.EqualTo(0.6).Within(1e-12));
        Assert.That(report.Of(2).OpenRate, Is.EqualTo(0.25).Within(1e-12));
        Assert.That(report.Of(9), Is.EqualTo(new EmailOpenCounts(9, 0, 0)), "a variant that sent nothing");
        Assert.That(report.Of(9).OpenRate, Is.Null);
        Assert.That((report.Total.Sent, report.Total.Opened), Is.EqualTo((9, 4)));
        var figures = (await _store.Flows().GetStatisticsAsync())[FlowId];
        Assert.That((figures.Sent, figures.Opened), Is.EqualTo((9, 4)), "the flow list counts the same emails");
    }

    [Test]
    public async Task A_flow_that_enrolled_no_one_has_no_report()
    {
        await _store.InsertRunsAsync([Run(false, 0, 0, flowId: FlowId + 1)]);

        Assert.That(await _store.Flows().GetReportAsync(FlowId, new EngineFlow()), Is.Null);
    }
}

using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Tracking;

[TestFixture]
public class TrackedEventTypeTests
{
    //stored events keep their meaning only if no number is ever reused or renumbered
    [TestCase(TrackedEventType.PageView, 1)]
    [TestCase(TrackedEventType.ProductView, 2)]
    [TestCase(TrackedEventType.Search, 5)]
    [TestCase(TrackedEventType.CartAdd, 10)]
    [TestCase(TrackedEventType.OrderPlaced, 21)]
    [TestCase(TrackedEventType.Registration, 30)]
    [TestCase(TrackedEventType.VideoComplete, 43)]
    [TestCase(TrackedEventType.Custom, 50)]
    public void Stored_event_type_numbers_never_change(TrackedEventType type, int stored)
    {
        Assert.That((int)type, Is.EqualTo(stored));
    }

    [Test]
    public void No_two_event_types_share_a_number()
    {
        var numbers = Enum.GetValues<TrackedEventType>().Select(type => (int)type).ToList();

        Assert.That(numbers, Is.Unique);
    }
}

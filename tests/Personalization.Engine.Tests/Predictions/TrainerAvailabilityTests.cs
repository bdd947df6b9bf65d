using System.Runtime.InteropServices;
using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class TrainerAvailabilityTests
{
    [Test]
    public void Every_trainer_works_in_the_test_process()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
            Assert.Ignore("FastTree ships native libraries for x64 only.");

        var check = TrainerAvailability.Check();

        Assert.That(check.Problems, Is.Empty);
        Assert.That((check.FastTree, check.LogisticRegression, check.KMeans), Is.EqualTo((true, true, true)));
    }
}

using System.Text.Json;
using Personalization.Engine.Predictions;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class ProfileScoresTests
{
    [Test]
    public void Scores_land_on_the_profile_with_the_model_version()
    {
        var profile = ProfileScores.WithScores(CustomerProfileState.Empty(7), new CustomerScore(7, 0.82f, 123.456f), "churn-20251201");

        Assert.That(profile.ChurnProbability, Is.EqualTo(0.82f));
        Assert.That(profile.ExpectedValue90, Is.EqualTo(123.46m));
        Assert.That(profile.ScoresModelVersion, Is.EqualTo("churn-20251201"));
    }

    [Test]
    public void A_score_for_another_customer_is_refused()
    {
        Assert.That(() => ProfileScores.WithScores(CustomerProfileState.Empty(7), new CustomerScore(8, 0.5f, 0), "v"), Throws.ArgumentException);
    }

    [Test]
    public void Scores_and_cluster_survive_the_profile_s_json_round_trip()
    {
        var profile = ProfileScores.WithCluster(ProfileScores.WithScores(CustomerProfileState.Empty(7), new CustomerScore(7, 0.25f, 10f), "v1"), "Premium — Garden");

        var copy = JsonSerializer.Deserialize<CustomerProfileState>(JsonSerializer.Serialize(profile));

        Assert.That((copy.ChurnProbability, copy.ExpectedValue90, copy.ScoresModelVersion, copy.Cluster), Is.EqualTo(((float?)0.25f, (decimal?)10m, "v1", "Premium — Garden")));
    }
}

using Personalization.Engine.Referrals;

namespace Personalization.Engine.Tests.Referrals;

[TestFixture]
public class LandingParametersTests
{
    [Test]
    public void All_utm_parameters_and_the_referral_token_are_read_and_decoded()
    {
        var parameters = LandingParameters.Parse("https://shop.example/caulk?utm_source=news%20letter&UTM_MEDIUM=email&utm_campaign=spring+sale&utm_term=caulk&utm_content=hero&pz=abc_-1#top");

        Assert.That(parameters, Is.EqualTo(new LandingParameters("news letter", "email", "spring sale", "caulk", "hero", "abc_-1")));
        Assert.That(parameters.HasAny, Is.True);
    }

    [Test]
    public void Relative_addresses_work_and_the_first_occurrence_wins()
    {
        var parameters = LandingParameters.Parse("/p/1?utm_source=google&utm_source=evil&x=1");

        Assert.That(parameters.Source, Is.EqualTo("google"));
        Assert.That(parameters.Medium, Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("/no-query")]
    [TestCase("/p?utm_source=&utm_medium=%20")]
    [TestCase("/p#utm_source=in-fragment")]
    public void Addresses_without_campaign_values_have_none(string url)
    {
        Assert.That(LandingParameters.Parse(url).HasAny, Is.False);
    }

    [Test]
    public void Long_values_are_cut_and_control_characters_and_bad_escapes_removed()
    {
        var parameters = LandingParameters.Parse("/?utm_source=" + new string('a', 5000) + "&utm_medium=a%00b%0Ac&utm_campaign=%E0%A4%A&utm_term=%ZZ");

        Assert.That(parameters.Source, Has.Length.EqualTo(200));
        Assert.That(parameters.Medium, Is.EqualTo("abc"));
        Assert.That(parameters.Campaign, Does.Not.Contain("\uFFFD"));
        Assert.That(parameters.Term, Is.EqualTo("%ZZ"));
    }
}

using Personalization.Engine.Referrals;

namespace Personalization.Engine.Tests.Referrals;

[TestFixture]
public class ReferralTokenSignerTests
{
    static readonly byte[] Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    static readonly DateTime Issued = new(2026, 5, 1, 8, 30, 15, DateTimeKind.Utc);
    static readonly ReferralTokenSigner Signer = new(Secret, TimeSpan.FromDays(30));

    [Test]
    public void A_signed_token_is_url_safe_compact_and_verifies_to_its_contents()
    {
        var token = new ReferralToken(1234567, "spring-2026", Issued);

        var text = Signer.Sign(token);
        var verified = Signer.Verify(text, Issued.AddDays(3));

        Assert.That(text, Does.Match("^[A-Za-z0-9_-]+$"));
        Assert.That(text, Has.Length.EqualTo(55));
        Assert.That(verified.Status, Is.EqualTo(ReferralTokenStatus.Valid));
        Assert.That(verified.Token, Is.EqualTo(token));
    }

    [Test]
    public void Every_single_changed_character_is_rejected_as_tampered_or_malformed()
    {
        var text = Signer.Sign(new ReferralToken(42, "newsletter", Issued));
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

        for (var i = 0; i < text.Length; i++)
        {
            var replacement = alphabet[(alphabet.IndexOf(text[i]) + 17) % alphabet.Length];
            var tampered = text[..i] + replacement + text[(i + 1)..];

            var result = Signer.Verify(tampered, Issued);

            Assert.That(result.Status, Is.AnyOf(ReferralTokenStatus.BadSignature, ReferralTokenStatus.Malformed), $"position {i}");
            Assert.That(result.Token, Is.Null);
        }
    }

    [Test]
    public void A_token_signed_with_another_stores_secret_is_rejected()
    {
        var otherStore = new ReferralTokenSigner(ReferralTokenSigner.GenerateSecret(), TimeSpan.FromDays(30));

        var result = Signer.Verify(otherStore.Sign(new ReferralToken(42, "x", Issued)), Issued);

        Assert.That(result.Status, Is.EqualTo(ReferralTokenStatus.BadSignature));
    }

    [Test]
    public void An_expired_token_and_one_from_the_future_are_rejected_with_their_reason()
    {
        var text = Signer.Sign(new ReferralToken(42, "x", Issued));

        Assert.That(Signer.Verify(text, Issued.AddDays(30)).Status, Is.EqualTo(ReferralTokenStatus.Valid));
        Assert.That(Signer.Verify(text, Issued.AddDays(30).AddSeconds(1)).Status, Is.EqualTo(ReferralTokenStatus.Expired));
        Assert.That(Signer.Verify(text, Issued.AddMinutes(-5)).Status, Is.EqualTo(ReferralTokenStatus.IssuedInFuture));
    }

    [TestCase("")]
    [TestCase(null)]
    [TestCase("abc")]
    [TestCase("not a token!")]
    [TestCase("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    public void Garbage_is_rejected_as_malformed(string text)
    {
        Assert.That(Signer.Verify(text, Issued).Status, Is.EqualTo(ReferralTokenStatus.Malformed));
    }

    [Test]
    public void A_truncated_token_is_rejected()
    {
        var text = Signer.Sign(new ReferralToken(42, "newsletter", Issued));

        Assert.That(Signer.Verify(text[..^4], Issued).IsValid, Is.False);
    }

    [Test]
    public void Short_secrets_and_campaigns_outside_the_alphabet_are_refused_when_signing()
    {
        Assert.That(() => new ReferralTokenSigner(new byte[16], TimeSpan.FromDays(1)), Throws.ArgumentException);
        Assert.That(() => Signer.Sign(new ReferralToken(1, "spring sale", Issued)), Throws.ArgumentException);
        Assert.That(() => Signer.Sign(new ReferralToken(1, new string('a', 65), Issued)), Throws.ArgumentException);
    }
}

using System.Security.Cryptography;
using System.Text;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Configuration;
using Personalization.Engine.Referrals;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Signs email links the way referral links are signed (HMAC-SHA256, base64url), over the email's id, with a key
/// derived from the store's referral secret so that a referral token never passes for an email link.
/// </summary>
public class EmailLinkService : IEmailLinkService
{
    /// <summary>The label the email links are signed with.</summary>
    public const string Purpose = "email";

    #region Fields

    protected readonly IRepository<EmailSend> _sendRepository;
    protected readonly ISettingService _settingService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public EmailLinkService(IRepository<EmailSend> sendRepository,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _sendRepository = sendRepository;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the store's email link signer; null when the store has no secret.</summary>
    protected virtual async Task<ReferralTokenSigner> GetSignerAsync(int storeId)
    {
        var secret = (await _settingService.LoadSettingAsync<PersonalizationSettings>(storeId)).ReferralSecret;
        if (string.IsNullOrEmpty(secret))
            return null;
        var key = HMACSHA256.HashData(Convert.FromBase64String(secret), Encoding.ASCII.GetBytes("Personalization email links"));
        return new ReferralTokenSigner(key, PersonalizationDefaults.EmailLinkLifetime);
    }

    protected virtual async Task<string> SignAsync(EmailSend send, int storeId)
    {
        var signer = await GetSignerAsync(storeId)
            ?? throw new InvalidOperationException("The store has no link signing secret; reinstall the plugin to create one.");
        return signer.Sign(new ReferralToken(send.Id, Purpose, _timeProvider.GetUtcNow().UtcDateTime));
    }

    /// <summary>Whether a path stays on the store: one leading '/', never "//host", no scheme, no spaces.</summary>
    public static bool IsStorePath(string path) =>
        !string.IsNullOrEmpty(path) && path.Length <= 400 && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Contains('\\') && !path.Any(char.IsWhiteSpace) && !path.Any(char.IsControl);

    #endregion

    #region Methods

    /// <summary>
    /// Gets a link that records a click on the email and redirects to a page of the store
    /// </summary>
    /// <param name="send">The email</param>
    /// <param name="storeUrl">The store's URL</param>
    /// <param name="path">The page, a path on the store starting with '/'</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the absolute link
    /// </returns>
    public virtual async Task<string> GetClickUrlAsync(EmailSend send, string storeUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (!IsStorePath(path))
            throw new ArgumentException($"'{path}' is not a path on the store.", nameof(path));
        return $"{storeUrl.TrimEnd('/')}{PersonalizationDefaults.EmailClickPath}?t={await SignAsync(send, send.StoreId)}&u={Uri.EscapeDataString(path)}";
    }

    /// <summary>
    /// Gets the address of the email's open pixel, a 1x1 image that records the first time the email is shown
    /// </summary>
    /// <param name="send">The email</param>
    /// <param name="storeUrl">The store's URL</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the absolute link
    /// </returns>
    public virtual async Task<string> GetOpenPixelUrlAsync(EmailSend send, string storeUrl)
    {
        ArgumentNullException.ThrowIfNull(send);
        return $"{storeUrl.TrimEnd('/')}{PersonalizationDefaults.EmailOpenPath}?t={await SignAsync(send, send.StoreId)}";
    }

    /// <summary>
    /// Gets the one-click unsubscribe link of an email
    /// </summary>
    /// <param name="send">The email</param>
    /// <param name="storeUrl">The store's URL</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the absolute link
    /// </returns>
    public virtual async Task<string> GetUnsubscribeUrlAsync(EmailSend send, string storeUrl)
    {
        ArgumentNullException.ThrowIfNull(send);
        return $"{storeUrl.TrimEnd('/')}{PersonalizationDefaults.EmailUnsubscribePath}?t={await SignAsync(send, send.StoreId)}";
    }

    /// <summary>
    /// Gets the email a link's token was signed for
    /// </summary>
    /// <param name="token">The token from the link</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the email; null when the token is forged, expired, from another store or its email is gone
    /// </returns>
    public virtual async Task<EmailSend> GetSendByTokenAsync(string token, int storeId)
    {
        var signer = await GetSignerAsync(storeId);
        if (signer == null)
            return null;
        var verification = signer.Verify(token, _timeProvider.GetUtcNow().UtcDateTime);
        if (verification.Status != ReferralTokenStatus.Valid || verification.Token.Campaign != Purpose || verification.Token.ContactId is <= 0 or > int.MaxValue)
            return null;
        var sendId = (int)verification.Token.ContactId;
        return (await _sendRepository.GetAllAsync(query => query.Where(send => send.Id == sendId && send.StoreId == storeId))).FirstOrDefault();
    }

    #endregion
}

using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Services.Configuration;
using Nop.Services.Stores;
using Personalization.Engine.Referrals;

namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// Issues signed referral links for imported contacts. A link carries the contact's id and the campaign, signed with the
/// store's secret, so a visitor arriving through it is known as that contact and the visit counts for the campaign.
/// </summary>
public class ReferralLinkService : IReferralLinkService
{
    /// <summary>Contacts read per round trip.</summary>
    public const int PageSize = 1000;

    /// <summary>Longest landing path accepted.</summary>
    public const int LandingPathMaxLength = 400;

    #region Fields

    protected readonly IRepository<ImportedContact> _contactRepository;
    protected readonly ISettingService _settingService;
    protected readonly IStoreService _storeService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public ReferralLinkService(IRepository<ImportedContact> contactRepository,
        ISettingService settingService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _contactRepository = contactRepository;
        _settingService = settingService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Whether a landing path stays on the store: it must start with one '/' (never "//host" or "https://...").</summary>
    protected static bool IsStorePath(string path) =>
        !string.IsNullOrEmpty(path) && path.Length <= LandingPathMaxLength && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Contains('\\') && !path.Any(char.IsWhiteSpace) && !path.Any(char.IsControl) && !path.Contains('#');

    protected static bool Matches(ImportedContact contact, string traitName, string traitValue)
    {
        if (string.IsNullOrEmpty(traitName))
            return true;
        var traits = ContactTraits.Read(contact.TraitsJson);
        if (!traits.TryGetValue(traitName, out var trait))
            return false;
        return string.IsNullOrEmpty(traitValue) || string.Equals(trait.ToInvariantString(), traitValue.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Checks a request; the reasons it cannot be served, or an empty list
    /// </summary>
    /// <param name="request">The links to issue</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the reasons, each naming the field at fault
    /// </returns>
    public virtual async Task<IList<string>> ValidateAsync(ReferralLinkRequest request)
    {
        var reasons = new List<string>();
        if (!ReferralTokenSigner.IsValidCampaign(request.Campaign) || request.Campaign.Length == 0)
            reasons.Add($"Campaign: 1 to {ReferralTokenSigner.CampaignMaxLength} letters, digits, '_', '-' or '.' (no spaces).");
        if (!IsStorePath(request.LandingPath))
            reasons.Add("Landing page: a path on this store starting with '/', such as /caulk-sealants, without spaces or '#'.");

        var store = await _storeService.GetStoreByIdAsync(request.StoreId);
        if (store == null)
            reasons.Add("Store: choose a store.");
        else if (!Uri.TryCreate(store.Url, UriKind.Absolute, out _))
            reasons.Add($"Store: the store's URL ('{store.Url}') is not an absolute address; set it under Configuration > Stores.");
        else if (string.IsNullOrEmpty((await _settingService.LoadSettingAsync<PersonalizationSettings>(store.Id)).ReferralSecret))
            reasons.Add("Store: the store has no referral signing secret; reinstall the plugin to create one.");

        return reasons;
    }

    /// <summary>
    /// Writes one CSV line per matching contact (email, customer id, link), streaming the contacts page by page
    /// </summary>
    /// <param name="request">A valid request</param>
    /// <param name="output">Where to write the CSV</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of links written
    /// </returns>
    public virtual async Task<int> WriteLinksAsync(ReferralLinkRequest request, TextWriter output)
    {
        var reasons = await ValidateAsync(request);
        if (reasons.Count > 0)
            throw new ArgumentException(string.Join(" ", reasons), nameof(request));

        var store = await _storeService.GetStoreByIdAsync(request.StoreId);
        var settings = await _settingService.LoadSettingAsync<PersonalizationSettings>(store.Id);
        var signer = new ReferralTokenSigner(Convert.FromBase64String(settings.ReferralSecret), ReferralService.ReferralLinkLifetime);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var landing = store.Url.TrimEnd('/') + request.LandingPath;
        var separator = request.LandingPath.Contains('?') ? '&' : '?';

        //addresses are normalized on import (no comma, quote or space), links are URL-safe: no field needs quoting
        await output.WriteLineAsync("email,customer_id,link");
        var written = 0;
        var lastId = 0;
        while (true)
        {
            var from = lastId;
            var page = await _contactRepository.GetAllAsync(query => query.Where(contact => contact.Id > from).OrderBy(contact => contact.Id).Take(PageSize));
            if (page.Count == 0)
                break;
            lastId = page[^1].Id;

            foreach (var contact in page.Where(contact => Matches(contact, request.TraitName?.Trim(), request.TraitValue)))
            {
                var token = signer.Sign(new ReferralToken(contact.Id, request.Campaign, now));
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{contact.Email},{(contact.CustomerId > 0 ? contact.CustomerId.ToString(CultureInfo.InvariantCulture) : string.Empty)},{landing}{separator}pz={token}"));
                written++;
            }
        }

        return written;
    }

    #endregion
}

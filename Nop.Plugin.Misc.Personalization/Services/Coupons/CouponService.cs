using System.Data.Common;
using Nop.Core.Domain.Discounts;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Catalog;
using Nop.Services.Discounts;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Services.Coupons;

/// <summary>
/// Coupon codes backed by nopCommerce discounts. A single-use code is a discount of its own, copied from the template
/// discount the merchant chose, so nopCommerce applies, limits and reports it like any other discount.
/// </summary>
/// <remarks>
/// The issued row is unique per source and customer: the code is created first, then the row; a server that loses the
/// race for the row deletes the discount it made and serves the winner's code, so a customer never holds two.
/// </remarks>
public class CouponService : ICouponService
{
    /// <summary>Most days a single-use code stays valid.</summary>
    public const int MaxValidDays = 365;

    /// <summary>Expired codes deleted per round trip of the clean-up.</summary>
    public const int CouponsPerRound = 500;

    #region Fields

    protected readonly ICategoryService _categoryService;
    protected readonly IDiscountService _discountService;
    protected readonly IManufacturerService _manufacturerService;
    protected readonly IProductService _productService;
    protected readonly IRepository<DiscountUsageHistory> _discountUsageHistoryRepository;
    protected readonly IRepository<IssuedCoupon> _issuedCouponRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public CouponService(ICategoryService categoryService,
        IDiscountService discountService,
        IManufacturerService manufacturerService,
        IProductService productService,
        IRepository<DiscountUsageHistory> discountUsageHistoryRepository,
        IRepository<IssuedCoupon> issuedCouponRepository,
        TimeProvider timeProvider)
    {
        _categoryService = categoryService;
        _discountService = discountService;
        _manufacturerService = manufacturerService;
        _productService = productService;
        _discountUsageHistoryRepository = discountUsageHistoryRepository;
        _issuedCouponRepository = issuedCouponRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<IssuedCoupon> FindAsync(string sourceKind, int sourceId, int customerId) =>
        (await _issuedCouponRepository.GetAllAsync(query => query.Where(row =>
            row.SourceKind == sourceKind && row.SourceId == sourceId && row.CustomerId == customerId))).FirstOrDefault();

    protected virtual bool IsUsed(int discountId) =>
        _discountUsageHistoryRepository.Table.Any(usage => usage.DiscountId == discountId);

    /// <summary>Deletes the discounts of issued codes no order used; a used one stays, since orders and their history refer to it.</summary>
    protected virtual async Task DeleteUnusedDiscountsAsync(IEnumerable<int> discountIds)
    {
        foreach (var discountId in discountIds.Distinct())
        {
            if (IsUsed(discountId))
                continue;
            var discount = await _discountService.GetDiscountByIdAsync(discountId);
            if (discount != null)
                await _discountService.DeleteDiscountAsync(discount);
        }
    }

    /// <summary>Creates the single-use discount: the template's type, amounts and limits, its own code, one use, the code's dates.</summary>
    protected virtual async Task<Discount> CreateDiscountAsync(Discount template, string code, DateTime nowUtc, DateTime expiresOnUtc)
    {
        var discount = new Discount
        {
            Name = $"{template.Name} {code}",
            AdminComment = template.AdminComment,
            DiscountTypeId = template.DiscountTypeId,
            UsePercentage = template.UsePercentage,
            DiscountPercentage = template.DiscountPercentage,
            DiscountAmount = template.DiscountAmount,
            MaximumDiscountAmount = template.MaximumDiscountAmount,
            MaximumDiscountedQuantity = template.MaximumDiscountedQuantity,
            IsCumulative = template.IsCumulative,
            AppliedToSubCategories = template.AppliedToSubCategories,
            VendorId = template.VendorId,
            IsActive = true,
            RequiresCouponCode = true,
            CouponCode = code,
            DiscountLimitationId = (int)DiscountLimitationType.NTimesOnly,
            LimitationTimes = 1,
            StartDateUtc = nowUtc,
            EndDateUtc = expiresOnUtc
        };
        await _discountService.InsertDiscountAsync(discount);

        //a discount on products, categories or manufacturers applies to nothing without the template's list of them;
        //requirements (customer roles, spent amounts...) are not copied: the code is the customer's own, which is the restriction
        switch ((DiscountType)template.DiscountTypeId)
        {
            case DiscountType.AssignedToSkus:
                foreach (var product in await _productService.GetProductsWithAppliedDiscountAsync(template.Id, showHidden: true))
                    await _productService.InsertDiscountProductMappingAsync(new DiscountProductMapping { DiscountId = discount.Id, EntityId = product.Id });
                break;
            case DiscountType.AssignedToCategories:
                foreach (var category in await _categoryService.GetCategoriesByAppliedDiscountAsync(template.Id, showHidden: true))
                    await _categoryService.InsertDiscountCategoryMappingAsync(new DiscountCategoryMapping { DiscountId = discount.Id, EntityId = category.Id });
                break;
            case DiscountType.AssignedToManufacturers:
                foreach (var manufacturer in await _manufacturerService.GetManufacturersWithAppliedDiscountAsync(template.Id, showHidden: true))
                    await _manufacturerService.InsertDiscountManufacturerMappingAsync(new DiscountManufacturerMapping { DiscountId = discount.Id, EntityId = manufacturer.Id });
                break;
        }

        return discount;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the code a customer is offered: the linked discount's own code, or the customer's single-use code (issued on the first call)
    /// </summary>
    /// <param name="coupon">The coupon (linked discount, unique per visitor, days valid)</param>
    /// <param name="sourceKind">What offers it (<see cref="CouponSources"/>)</param>
    /// <param name="sourceId">Identifier of the campaign or email flow</param>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the code; null when the discount is gone or needs no code (the copy's fallback shows)
    /// </returns>
    public virtual async Task<string> GetCouponCodeAsync(CampaignCoupon coupon, string sourceKind, int sourceId, int customerId)
    {
        if (coupon == null || coupon.DiscountId <= 0)
            return null;

        if (coupon.UniquePerVisitor)
            return (await IssueCouponAsync(coupon.DiscountId, coupon.ValidDays, sourceKind, sourceId, customerId))?.Code;

        var discount = await _discountService.GetDiscountByIdAsync(coupon.DiscountId);
        return discount is { RequiresCouponCode: true } && !string.IsNullOrWhiteSpace(discount.CouponCode) ? discount.CouponCode : null;
    }

    /// <summary>
    /// Issues a customer's single-use code for a source, copied from a template discount; the same customer and source always get the same code until it expires unused
    /// </summary>
    /// <param name="templateDiscountId">The discount whose type, amount and limits the code copies</param>
    /// <param name="validDays">Days the code works (1-365)</param>
    /// <param name="sourceKind">What issues it (<see cref="CouponSources"/>)</param>
    /// <param name="sourceId">Identifier of the campaign or email flow</param>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the issued coupon; null when the template discount is gone or requires no coupon code
    /// </returns>
    public virtual async Task<IssuedCoupon> IssueCouponAsync(int templateDiscountId, int validDays, string sourceKind, int sourceId, int customerId)
    {
        if (string.IsNullOrWhiteSpace(sourceKind) || sourceKind.Length > Data.CampaignTables.CouponSourceKindMaxLength)
            throw new ArgumentException($"A coupon source is a kind of at most {Data.CampaignTables.CouponSourceKindMaxLength} characters, such as \"{CouponSources.Campaign}\".", nameof(sourceKind));
        if (validDays is < 1 or > MaxValidDays)
            throw new ArgumentOutOfRangeException(nameof(validDays), validDays, $"A coupon is valid for 1 to {MaxValidDays} days.");
        if (customerId <= 0)
            return null;

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var issued = await FindAsync(sourceKind, sourceId, customerId);
        if (issued != null)
        {
            //a used code stays the customer's (nopCommerce refuses it a second time); an expired unused one is replaced
            if (issued.ExpiresOnUtc > now || IsUsed(issued.DiscountId))
                return issued;

            await _issuedCouponRepository.DeleteAsync(row => row.Id == issued.Id);
            await DeleteUnusedDiscountsAsync([issued.DiscountId]);
        }

        var template = await _discountService.GetDiscountByIdAsync(templateDiscountId);
        if (template is not { RequiresCouponCode: true })
            return null;

        var expires = now.AddDays(validDays);
        var discount = await CreateDiscountAsync(template, CouponCodes.Generate(), now, expires);
        issued = new IssuedCoupon
        {
            SourceKind = sourceKind,
            SourceId = sourceId,
            CustomerId = customerId,
            DiscountId = discount.Id,
            Code = discount.CouponCode,
            IssuedOnUtc = now,
            ExpiresOnUtc = expires
        };
        try
        {
            await _issuedCouponRepository.InsertAsync(issued, publishEvent: false);
            return issued;
        }
        catch (DbException)
        {
            //another server issued this customer's code first: take back the discount made here and serve the winner's
            await _discountService.DeleteDiscountAsync(discount);
            return await FindAsync(sourceKind, sourceId, customerId) ?? throw new InvalidOperationException(
                $"The coupon of customer {customerId} for {sourceKind} {sourceId} could be neither stored nor read.");
        }
    }

    /// <summary>
    /// Checks that a coupon can be served: its discount exists and requires a coupon code
    /// </summary>
    /// <param name="coupon">The coupon</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the problems (property name under the coupon, message); empty when it can
    /// </returns>
    public virtual async Task<IList<(string Property, string Message)>> ValidateCouponAsync(CampaignCoupon coupon)
    {
        if (coupon == null)
            return [];

        var discount = coupon.DiscountId > 0 ? await _discountService.GetDiscountByIdAsync(coupon.DiscountId) : null;
        if (discount == null)
            return [(nameof(CampaignCoupon.DiscountId), $"discount {coupon.DiscountId} does not exist in the store.")];
        if (!discount.RequiresCouponCode)
            return [(nameof(CampaignCoupon.DiscountId), $"the discount \"{discount.Name}\" does not require a coupon code, so it would apply to everyone without one.")];
        if (!coupon.UniquePerVisitor && string.IsNullOrWhiteSpace(discount.CouponCode))
            return [(nameof(CampaignCoupon.DiscountId), $"the discount \"{discount.Name}\" has no coupon code to show.")];

        return [];
    }

    /// <summary>
    /// Gets the codes issued to a customer
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the issued coupons, oldest first
    /// </returns>
    public virtual async Task<IList<IssuedCoupon>> GetCustomerCouponsAsync(int customerId) =>
        await _issuedCouponRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId).OrderBy(row => row.Id));

    /// <summary>
    /// Deletes the codes issued to a customer, and their discounts where no order used them (a used one stays, orders refer to it)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of issued codes deleted
    /// </returns>
    public virtual async Task<int> DeleteCustomerCouponsAsync(int customerId)
    {
        var issued = await GetCustomerCouponsAsync(customerId);
        var deleted = await _issuedCouponRepository.DeleteAsync(row => row.CustomerId == customerId);
        await DeleteUnusedDiscountsAsync(issued.Select(row => row.DiscountId));
        return deleted;
    }

    /// <summary>
    /// Deletes expired codes no order used, with their discounts, so the store's discount list does not fill up with dead codes
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of issued codes deleted
    /// </returns>
    public virtual async Task<int> DeleteExpiredUnusedCouponsAsync()
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var usages = _discountUsageHistoryRepository.Table;
        var deleted = 0;
        while (true)
        {
            var expired = await _issuedCouponRepository.GetAllAsync(query => query
                .Where(row => row.ExpiresOnUtc <= now && !usages.Any(usage => usage.DiscountId == row.DiscountId))
                .OrderBy(row => row.Id)
                .Take(CouponsPerRound));
            if (expired.Count == 0)
                return deleted;

            //the discount first: a run cut short leaves a row whose discount is gone, which the next run deletes
            foreach (var row in expired)
            {
                var discount = await _discountService.GetDiscountByIdAsync(row.DiscountId);
                if (discount != null)
                    await _discountService.DeleteDiscountAsync(discount);
            }

            var ids = expired.Select(row => row.Id).ToArray();
            deleted += await _issuedCouponRepository.DeleteAsync(row => ids.Contains(row.Id));
        }
    }

    #endregion
}

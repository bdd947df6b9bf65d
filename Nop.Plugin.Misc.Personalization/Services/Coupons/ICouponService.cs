using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Services.Coupons;

/// <summary>
/// Coupon codes backed by nopCommerce discounts: a discount's own shared code, or a single-use code issued once per source and customer.
/// </summary>
public interface ICouponService
{
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
    Task<string> GetCouponCodeAsync(CampaignCoupon coupon, string sourceKind, int sourceId, int customerId);

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
    Task<IssuedCoupon> IssueCouponAsync(int templateDiscountId, int validDays, string sourceKind, int sourceId, int customerId);

    /// <summary>
    /// Checks that a coupon can be served: its discount exists and requires a coupon code
    /// </summary>
    /// <param name="coupon">The coupon</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the problems (property name under the coupon, message); empty when it can
    /// </returns>
    Task<IList<(string Property, string Message)>> ValidateCouponAsync(CampaignCoupon coupon);

    /// <summary>
    /// Gets the codes issued to a customer
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the issued coupons, oldest first
    /// </returns>
    Task<IList<IssuedCoupon>> GetCustomerCouponsAsync(int customerId);

    /// <summary>
    /// Deletes the codes issued to a customer, and their discounts where no order used them (a used one stays, orders refer to it)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of issued codes deleted
    /// </returns>
    Task<int> DeleteCustomerCouponsAsync(int customerId);

    /// <summary>
    /// Deletes expired codes no order used, with their discounts, so the store's discount list does not fill up with dead codes
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of issued codes deleted
    /// </returns>
    Task<int> DeleteExpiredUnusedCouponsAsync();
}

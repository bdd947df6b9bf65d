namespace Nop.Web.Framework.Infrastructure;

public static partial class PublicWidgetZones
{
    public static string BodyEndHtmlTagBefore => "body_end_html_tag_before";

    public static string CategoryDetailsBottom => "categorydetails_bottom";

    public static string CheckoutCompletedBottom => "checkout_completed_bottom";

    public static string HomepageBottom => "home_page_bottom";

    public static string OrderSummaryContentBefore => "order_summary_content_before";

    public static string OrderSummaryContentAfter => "order_summary_content_after";

    public static string ProductDetailsBottom => "productdetails_bottom";
}

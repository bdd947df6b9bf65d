using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Emails;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the email flow pages
/// </summary>
public interface IEmailFlowModelFactory
{
    /// <summary>
    /// Prepares the flow list page
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    Task<EmailFlowSearchModel> PrepareEmailFlowSearchModelAsync(EmailFlowSearchModel searchModel);

    /// <summary>
    /// Prepares a page of the flow grid with what each flow did so far
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the list model
    /// </returns>
    Task<EmailFlowListModel> PrepareEmailFlowListModelAsync(EmailFlowSearchModel searchModel);

    /// <summary>
    /// Prepares the flow editor
    /// </summary>
    /// <param name="model">The posted model; null to load the flow's</param>
    /// <param name="flow">The flow; null for a new one</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the model
    /// </returns>
    Task<EmailFlowModel> PrepareEmailFlowModelAsync(EmailFlowModel model, EmailFlow flow);

    /// <summary>
    /// Gets the engine flow a posted editor form describes
    /// </summary>
    /// <param name="model">The posted form</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the flow and the way from the engine's property paths back to the form's fields
    /// </returns>
    Task<EmailFlowForm> PrepareEmailFlowFormAsync(EmailFlowModel model);

    /// <summary>
    /// Prepares a page of a flow's send log
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the list model
    /// </returns>
    Task<EmailSendListModel> PrepareEmailSendListModelAsync(EmailSendSearchModel searchModel);
}

using Nop.Plugin.Misc.Personalization.Domain;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Stores the merchant's email flows, refusing any the engine does not accept.
/// </summary>
public interface IEmailFlowService
{
    /// <summary>
    /// Gets a flow
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the flow; null when there is none
    /// </returns>
    Task<EmailFlow> GetFlowByIdAsync(int flowId);

    /// <summary>
    /// Gets every flow, or only the active ones
    /// </summary>
    /// <param name="activeOnly">Whether to leave out the inactive flows</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the flows by name
    /// </returns>
    Task<IList<EmailFlow>> GetFlowsAsync(bool activeOnly = false);

    /// <summary>
    /// Validates and stores a new flow
    /// </summary>
    /// <param name="storeId">The store whose customers it mails</param>
    /// <param name="active">Whether it runs</param>
    /// <param name="flow">The engine flow</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the stored flow
    /// </returns>
    /// <exception cref="Campaigns.CampaignValidationException">The engine refuses the flow; nothing is stored.</exception>
    Task<EmailFlow> InsertFlowAsync(int storeId, bool active, EngineFlow flow);

    /// <summary>
    /// Validates and stores a flow's new content; the runs in progress continue with it
    /// </summary>
    /// <param name="emailFlow">The stored flow, with its new store and active flag</param>
    /// <param name="flow">The engine flow</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="Campaigns.CampaignValidationException">The engine refuses the flow; the stored one is kept.</exception>
    Task UpdateFlowAsync(EmailFlow emailFlow, EngineFlow flow);

    /// <summary>
    /// Gets what every flow did so far
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the statistics by flow identifier (flows that never enrolled anyone are absent)
    /// </returns>
    Task<IDictionary<int, EmailFlowStatistics>> GetStatisticsAsync();

    /// <summary>
    /// Gets a flow's results: the emailed runs of each variant (or all emailed runs) against the held-out ones, and the
    /// opens of each variant's emails
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="flow">The engine flow (its holdout and variants give the expected split)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the report; null while the flow enrolled no one
    /// </returns>
    Task<EmailFlowReport> GetReportAsync(int flowId, EngineFlow flow);

    /// <summary>
    /// Gets the emails a flow sent, newest first: the send log
    /// </summary>
    /// <param name="flowId">Flow identifier</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page of emails
    /// </returns>
    Task<Nop.Core.IPagedList<EmailSend>> GetSendsAsync(int flowId, int pageIndex, int pageSize);
}

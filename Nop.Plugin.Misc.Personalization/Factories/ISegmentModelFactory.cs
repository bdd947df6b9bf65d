using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Segments;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the segment pages
/// </summary>
public interface ISegmentModelFactory
{
    /// <summary>
    /// Prepares the segment list page: grid filter and templates
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    Task<SegmentSearchModel> PrepareSegmentSearchModelAsync(SegmentSearchModel searchModel);

    /// <summary>
    /// Prepares one page of the segment grid
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    Task<SegmentListModel> PrepareSegmentListModelAsync(SegmentSearchModel searchModel);

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">Segment model; null to start a new one</param>
    /// <param name="segment">Segment; null to create one</param>
    /// <param name="templateKey">Template a new segment starts from; null to start empty</param>
    /// <param name="excludeProperties">Whether to keep the posted values rather than load the segment's</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    Task<SegmentModel> PrepareSegmentModelAsync(SegmentModel model, Segment segment, string templateKey = null, bool excludeProperties = false);

    /// <summary>
    /// Prepares one page of a segment's materialized members
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    Task<SegmentMemberListModel> PrepareSegmentMemberListModelAsync(SegmentMemberSearchModel searchModel, Segment segment);

    /// <summary>
    /// Checks a rule the editor holds and describes it; with members, counts who matches now and samples ten of them
    /// </summary>
    /// <param name="ruleJson">The rule as JSON</param>
    /// <param name="segmentId">The segment being edited, so a membership cycle back to it is found; 0 for a new one</param>
    /// <param name="includeMembers">Whether to count and sample the members and estimate the cost</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the issues, the description and, when asked, the count, sample and cost warnings
    /// </returns>
    Task<SegmentPreviewModel> PrepareSegmentPreviewModelAsync(string ruleJson, int segmentId, bool includeMembers);

    /// <summary>
    /// Prepares what the rule editor renders from
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the condition types, choices and texts
    /// </returns>
    Task<SegmentEditorModel> PrepareSegmentEditorModelAsync();
}

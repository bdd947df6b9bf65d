namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Finds the store entities the rule editor's pickers offer (see <see cref="SegmentPickers"/>).
/// </summary>
public interface ISegmentPickerService
{
    /// <summary>
    /// Searches a kind of entity by a part of its name (or its id)
    /// </summary>
    /// <param name="kind">One of <see cref="SegmentPickers"/></param>
    /// <param name="term">What the merchant typed; empty for the first ones</param>
    /// <param name="limit">The most choices to return</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the choices, by name
    /// </returns>
    /// <exception cref="ArgumentException">The kind is not one of <see cref="SegmentPickers"/></exception>
    Task<IList<SegmentPickerOption>> SearchAsync(string kind, string term, int limit);

    /// <summary>
    /// Gets the names of chosen entities, so that a stored rule shows names rather than ids
    /// </summary>
    /// <param name="kind">One of <see cref="SegmentPickers"/></param>
    /// <param name="values">The stored values</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the choices that still exist, in the order given
    /// </returns>
    /// <exception cref="ArgumentException">The kind is not one of <see cref="SegmentPickers"/></exception>
    Task<IList<SegmentPickerOption>> GetOptionsAsync(string kind, IReadOnlyList<string> values);
}

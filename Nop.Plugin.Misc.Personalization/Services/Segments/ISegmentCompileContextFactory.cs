using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Builds what compiling segment rules needs: the store's catalog, the stored segments and the RFM boundaries.
/// </summary>
public interface ISegmentCompileContextFactory
{
    /// <summary>
    /// Gets the stored segments' rules
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rules by segment id (a segment whose JSON cannot be read is left out)
    /// </returns>
    Task<IReadOnlyDictionary<int, SegmentRule>> GetStoredRulesAsync();

    /// <summary>
    /// Builds a compile context for rules: the catalog facts they (and the segments they refer to) name, and the stored segments
    /// </summary>
    /// <param name="rules">The rules that will be compiled or validated with the context</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the context
    /// </returns>
    Task<SegmentCompileContext> CreateAsync(IEnumerable<SegmentRule> rules);
}

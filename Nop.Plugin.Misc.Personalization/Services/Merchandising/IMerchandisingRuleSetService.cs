namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// The active merchandising rules compiled for serving on this server, kept in step with the stored rules on every server.
/// </summary>
public interface IMerchandisingRuleSetService
{
    /// <summary>
    /// Gets the compiled active rules and the catalog facts they read; recompiles them first when the rules version
    /// differs from the one they were compiled at, or they are older than the catalog may stay
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the compiled rules
    /// </returns>
    Task<MerchandisingRuleGeneration> GetRuleSetAsync();

    /// <summary>
    /// Records that the stored rules changed, so every server recompiles its rules on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ChangeRulesVersionAsync();
}

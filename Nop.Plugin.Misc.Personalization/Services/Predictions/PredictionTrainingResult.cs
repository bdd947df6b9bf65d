using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// What a training run did.
/// </summary>
/// <param name="Ran">False when another server held the training lock and this one did nothing.</param>
/// <param name="Models">The versions stored, one per kind.</param>
/// <param name="ScoredCustomers">Customers who got at least one score.</param>
/// <param name="Seconds">Time taken, scoring included.</param>
public sealed record PredictionTrainingResult(bool Ran, IReadOnlyList<PredictionModel> Models, int ScoredCustomers, double Seconds);

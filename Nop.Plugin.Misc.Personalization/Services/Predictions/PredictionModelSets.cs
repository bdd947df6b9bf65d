namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// This server's loaded prediction models. A singleton: loading takes a moment (ML.NET reads each model), scoring a
/// visit microseconds, so every request shares one loaded set until the models version changes.
/// </summary>
public sealed class PredictionModelSets : CompiledGenerations<CachedPredictionModels>;

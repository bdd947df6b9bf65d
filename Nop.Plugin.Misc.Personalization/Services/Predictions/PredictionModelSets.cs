namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// This server's loaded prediction models. A singleton: loading takes a moment (ML.NET reads each model), scoring a
/// visit microseconds, so every request shares one loaded set until the models version changes.
/// </summary>
public sealed class PredictionModelSets
{
    readonly SemaphoreSlim _loading = new(1, 1);
    volatile CachedPredictionModels _current;

    /// <summary>Gets the set loaded last; null before the first load.</summary>
    public CachedPredictionModels Current => _current;

    /// <summary>
    /// Replaces the current set unless another request already did while this one waited
    /// </summary>
    /// <param name="isCurrent">Whether a set is still good</param>
    /// <param name="load">Loads the next set</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the set to use
    /// </returns>
    public async Task<CachedPredictionModels> ReplaceAsync(Func<CachedPredictionModels, bool> isCurrent, Func<Task<CachedPredictionModels>> load)
    {
        ArgumentNullException.ThrowIfNull(isCurrent);
        ArgumentNullException.ThrowIfNull(load);

        //one load at a time: the requests that find the same stale set wait for it instead of loading it again
        await _loading.WaitAsync();
        try
        {
            var current = _current;
            if (current != null && isCurrent(current))
                return current;

            return _current = await load();
        }
        finally
        {
            _loading.Release();
        }
    }
}

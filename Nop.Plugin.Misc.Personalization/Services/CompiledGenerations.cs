namespace Nop.Plugin.Misc.Personalization.Services;

/// <summary>
/// This server's current compile of something stored (rules, models) and the way to replace it when it goes stale. A
/// singleton per kind: every request shares one generation, and requests finding the same stale one wait for one
/// compile instead of compiling it again.
/// </summary>
/// <typeparam name="TGeneration">What one compile produces, with what it was compiled from (a version, a time).</typeparam>
public class CompiledGenerations<TGeneration> where TGeneration : class
{
    readonly SemaphoreSlim _compiling = new(1, 1);
    volatile TGeneration _current;

    /// <summary>Gets the generation compiled last; null before the first compile.</summary>
    public TGeneration Current => _current;

    /// <summary>
    /// Replaces the current generation unless another request already did while this one waited
    /// </summary>
    /// <param name="isCurrent">Whether a generation is still good</param>
    /// <param name="compile">Compiles the next generation</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the generation to use
    /// </returns>
    public async Task<TGeneration> ReplaceAsync(Func<TGeneration, bool> isCurrent, Func<Task<TGeneration>> compile)
    {
        ArgumentNullException.ThrowIfNull(isCurrent);
        ArgumentNullException.ThrowIfNull(compile);

        await _compiling.WaitAsync();
        try
        {
            if (_current is { } current && isCurrent(current))
                return current;

            return _current = await compile();
        }
        finally
        {
            _compiling.Release();
        }
    }
}

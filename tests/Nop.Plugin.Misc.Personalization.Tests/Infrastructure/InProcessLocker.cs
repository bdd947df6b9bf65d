using Nop.Core.Caching;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's lock contract within one process: a resource held by one caller is refused to the others until released,
/// as the distributed locker refuses it to another web-farm node.
/// </summary>
public sealed class InProcessLocker : ILocker
{
    readonly HashSet<string> _held = [];

    /// <summary>Holds a resource as another node would, until the returned handle is disposed.</summary>
    public IDisposable Hold(string resource)
    {
        lock (_held)
            _held.Add(resource);
        return new Release(() =>
        {
            lock (_held)
                _held.Remove(resource);
        });
    }

    public async Task<bool> PerformActionWithLockAsync(string resource, TimeSpan expirationTime, Func<Task> action)
    {
        lock (_held)
        {
            if (!_held.Add(resource))
                return false;
        }

        try
        {
            await action();
            return true;
        }
        finally
        {
            lock (_held)
                _held.Remove(resource);
        }
    }

    sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }
}

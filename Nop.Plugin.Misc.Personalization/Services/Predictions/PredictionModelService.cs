using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// The stored versions of the prediction models and of the segment discovery. A new version is written whole before it
/// becomes current, and older versions are deleted only after the switch, so a reader finds a complete model at any time.
/// </summary>
public class PredictionModelService : IPredictionModelService
{
    #region Fields

    protected readonly IRepository<PredictionModel> _modelRepository;

    #endregion

    #region Ctor

    public PredictionModelService(IRepository<PredictionModel> modelRepository)
    {
        _modelRepository = modelRepository;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the version in use of every kind, with the model bytes
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one row per kind that has a current version
    /// </returns>
    public virtual async Task<IList<PredictionModel>> GetCurrentModelsAsync()
    {
        var current = await _modelRepository.GetAllAsync(query => query.Where(model => model.IsCurrent));
        //between the two statements of a switch a kind may have two current rows: the newer one wins
        return current.GroupBy(model => model.Kind).Select(kind => kind.MaxBy(model => model.Version)).ToList();
    }

    /// <summary>
    /// Gets the stored versions of a kind without their bytes, newest first
    /// </summary>
    /// <param name="kind">The model kind</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the versions
    /// </returns>
    public virtual Task<IList<PredictionModel>> GetVersionsAsync(string kind)
    {
        IList<PredictionModel> versions = _modelRepository.Table
            .Where(model => model.Kind == kind)
            .OrderByDescending(model => model.Version)
            .Select(model => new PredictionModel
            {
                Id = model.Id,
                Kind = model.Kind,
                Version = model.Version,
                Algorithm = model.Algorithm,
                TrainedOnUtc = model.TrainedOnUtc,
                TrainingRows = model.TrainingRows,
                QualityJson = model.QualityJson,
                IsCurrent = model.IsCurrent
            })
            .ToList();
        return Task.FromResult(versions);
    }

    /// <summary>
    /// Stores trained models as the next version of their kinds, makes them the versions in use, keeps the last
    /// <see cref="PredictionModelKinds.VersionsKept"/> versions of each kind and deletes older ones
    /// </summary>
    /// <param name="models">One new row per kind; Version and IsCurrent are set here</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task SaveVersionsAsync(IReadOnlyList<PredictionModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Select(model => model.Kind).Distinct().Count() != models.Count)
            throw new ArgumentException("Each kind gets one new version at a time.", nameof(models));

        foreach (var model in models)
        {
            if (string.IsNullOrEmpty(model.Kind))
                throw new ArgumentException("A model needs its kind.", nameof(models));

            var kind = model.Kind;
            var latest = _modelRepository.Table.Where(row => row.Kind == kind).Select(row => (int?)row.Version).Max() ?? 0;
            model.Version = latest + 1;
            model.IsCurrent = true;
            await _modelRepository.InsertAsync(model, publishEvent: false);

            //the new row is current before the old one stops being so: readers take the newest current row
            var previous = await _modelRepository.GetAllAsync(query => query.Where(row => row.Kind == kind && row.IsCurrent && row.Id != model.Id));
            foreach (var row in previous)
                row.IsCurrent = false;
            if (previous.Count > 0)
                await _modelRepository.UpdateAsync(previous, publishEvent: false);

            var oldest = model.Version - PredictionModelKinds.VersionsKept;
            await _modelRepository.DeleteAsync(row => row.Kind == kind && row.Version <= oldest);
        }
    }

    #endregion
}

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Settings of implicit-feedback ALS (Hu, Koren and Volinsky 2008, solved by conjugate gradient as in Takács et al. 2011).
/// </summary>
/// <param name="Factors">Length of each user and item vector.</param>
/// <param name="Iterations">Alternating passes over users and items.</param>
/// <param name="Regularization">λ, the L2 penalty on every vector.</param>
/// <param name="Alpha">Confidence growth: c = 1 + α·log(1 + w) for an interaction of weight w.</param>
/// <param name="ConjugateGradientSteps">Inner steps per vector update (warm-started from the previous vector).</param>
/// <param name="Seed">Seed of the initial random vectors, so training is repeatable.</param>
public sealed record AlsOptions(int Factors = 64, int Iterations = 15, float Regularization = 0.1f, float Alpha = 20f, int ConjugateGradientSteps = 3, int Seed = 42);

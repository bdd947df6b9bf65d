using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class SymmetricInverseTests
{
    [Test]
    public void The_inverse_times_the_matrix_is_the_identity()
    {
        const int n = 70;
        var random = new Random(3);
        var b = Enumerable.Range(0, n * n).Select(_ => (float)random.NextDouble()).ToArray();
        var a = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = i == j ? 5f : 0f;
                for (var k = 0; k < n; k++)
                    sum += b[i * n + k] * b[j * n + k];
                a[i * n + j] = sum;
            }
        }

        var inverse = (float[])a.Clone();
        SymmetricInverse.InvertInPlace(inverse, n);

        var worst = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < n; k++)
                    sum += (double)a[i * n + k] * inverse[k * n + j];
                worst = Math.Max(worst, Math.Abs(sum - (i == j ? 1 : 0)));
            }
        }

        Assert.That(worst, Is.LessThan(1e-3));
    }

    [Test]
    public void A_matrix_that_is_not_positive_definite_is_refused()
    {
        float[] a = [1f, 2f, 2f, 1f];

        Assert.Throws<InvalidOperationException>(() => SymmetricInverse.InvertInPlace(a, 2));
    }
}

namespace Personalization.Tracking.Benchmarks; static class Program { static void Main() { } }

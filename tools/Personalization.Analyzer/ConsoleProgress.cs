using System.Diagnostics;

namespace Personalization.Analyzer;

/// <summary>
/// A one-line progress bar on standard error ("[#######-------]  45%  Churn model"); on a redirected stream it
/// writes one line per finished step instead of redrawing.
/// </summary>
public sealed class ConsoleProgress : IProgress<double>
{
    const int Width = 30;
    readonly TextWriter _writer;
    readonly bool _redraw;
    readonly string _step;
    readonly Stopwatch _watch = Stopwatch.StartNew();
    int _lastPercent = -1;

    ConsoleProgress(TextWriter writer, bool redraw, string step)
    {
        _writer = writer;
        _redraw = redraw;
        _step = step;
    }

    /// <summary>Starts a step.</summary>
    public static ConsoleProgress Start(string step, TextWriter writer = null, bool? redraw = null)
    {
        var progress = new ConsoleProgress(writer ?? Console.Error, redraw ?? !Console.IsErrorRedirected, step);
        progress.Report(0);
        return progress;
    }

    /// <summary>Gets the seconds since the step started.</summary>
    public double Seconds => _watch.Elapsed.TotalSeconds;

    /// <summary>Draws the bar at a fraction 0..1.</summary>
    public void Report(double value)
    {
        var percent = (int)Math.Round(Math.Clamp(value, 0, 1) * 100);
        if (percent == _lastPercent || !_redraw)
            return;
        _lastPercent = percent;
        var filled = percent * Width / 100;
        _writer.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {percent,3}%  {_step}");
    }

    /// <summary>Finishes the step with a closing note.</summary>
    public void Done(string note = null)
    {
        _watch.Stop();
        var text = $"[{new string('#', Width)}] 100%  {_step}: {note ?? "done"} ({_watch.Elapsed.TotalSeconds:0.0} s)";
        _writer.WriteLine(_redraw ? "\r" + text : text);
    }
}

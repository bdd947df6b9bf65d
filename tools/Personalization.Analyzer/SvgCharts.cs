using System.Globalization;
using System.Net;
using System.Text;

namespace Personalization.Analyzer;

/// <summary>
/// Small inline SVG charts for the report: no script, no outside resource.
/// </summary>
public static class SvgCharts
{
    const string Bar = "#2f6db5";
    const string Accent = "#d9822b";

    /// <summary>Horizontal bars, one per (label, value), labelled with the formatted value.</summary>
    public static string HorizontalBars(IReadOnlyList<(string Label, double Value)> bars, Func<double, string> format, int width = 720)
    {
        const int row = 24, labelWidth = 300;
        var max = bars.Count > 0 ? Math.Max(1e-12, bars.Max(b => Math.Abs(b.Value))) : 1;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{bars.Count * row + 8}\" role=\"img\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = i * row + 4;
            var length = Math.Abs(bars[i].Value) / max * (width - labelWidth - 90);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\">{Encode(Shorten(bars[i].Label, 44))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{length:0.0}\" height=\"{row - 8}\" fill=\"{(bars[i].Value < 0 ? Accent : Bar)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{labelWidth + length + 6:0.0}\" y=\"{y + 15}\" font-size=\"12\">{Encode(format(bars[i].Value))}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A reliability diagram: observed rate against mean predicted probability per bin, with the diagonal.</summary>
    public static string Calibration(IReadOnlyList<(double Predicted, double Observed, int Count)> points, int size = 320)
    {
        const int pad = 40;
        var plot = size - 2 * pad;
        string X(double v) => (pad + v * plot).ToString("0.0", CultureInfo.InvariantCulture);
        string Y(double v) => (size - pad - v * plot).ToString("0.0", CultureInfo.InvariantCulture);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{pad}\" y=\"{pad}\" width=\"{plot}\" height=\"{plot}\" fill=\"none\" stroke=\"#999\"/>");
        svg.Append($"<line x1=\"{X(0)}\" y1=\"{Y(0)}\" x2=\"{X(1)}\" y2=\"{Y(1)}\" stroke=\"#bbb\" stroke-dasharray=\"4 4\"/>");
        for (var t = 0; t <= 4; t++)
        {
            var v = t / 4.0;
            svg.Append($"<text x=\"{X(v)}\" y=\"{size - pad + 16}\" text-anchor=\"middle\" font-size=\"11\">{v:0.00}</text>");
            svg.Append($"<text x=\"{pad - 6}\" y=\"{Y(v)}\" text-anchor=\"end\" font-size=\"11\">{v:0.00}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{size / 2}\" y=\"{size - 6}\" text-anchor=\"middle\" font-size=\"12\">predicted probability</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{size / 2}\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90 12 {size / 2})\">observed rate</text>");
        var path = string.Join(" ", points.Select((p, i) => (i == 0 ? "M" : "L") + X(p.Predicted) + " " + Y(p.Observed)));
        if (points.Count > 0)
            svg.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{Bar}\" stroke-width=\"2\"/>");
        var most = points.Count > 0 ? points.Max(p => p.Count) : 1;
        foreach (var p in points)
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.Predicted)}\" cy=\"{Y(p.Observed)}\" r=\"{2 + 5 * Math.Sqrt((double)p.Count / most):0.0}\" fill=\"{Bar}\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Columns over categories (e.g. silhouette per k), the highlighted one in the accent colour.</summary>
    public static string Columns(IReadOnlyList<(string Label, double Value)> columns, int highlighted, int width = 420, int height = 200)
    {
        const int pad = 30;
        var max = columns.Count > 0 ? Math.Max(1e-12, columns.Max(c => c.Value)) : 1;
        var step = (double)(width - 2 * pad) / Math.Max(1, columns.Count);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\">");
        for (var i = 0; i < columns.Count; i++)
        {
            var h = Math.Max(0, columns[i].Value) / max * (height - 2 * pad);
            var x = pad + i * step;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x + 4:0.0}\" y=\"{height - pad - h:0.0}\" width=\"{step - 8:0.0}\" height=\"{h:0.0}\" fill=\"{(i == highlighted ? Accent : Bar)}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + step / 2:0.0}\" y=\"{height - pad + 14}\" text-anchor=\"middle\" font-size=\"12\">{Encode(columns[i].Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + step / 2:0.0}\" y=\"{height - pad - h - 4:0.0}\" text-anchor=\"middle\" font-size=\"11\">{columns[i].Value:0.000}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    static string Encode(string text) => WebUtility.HtmlEncode(text);

    static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

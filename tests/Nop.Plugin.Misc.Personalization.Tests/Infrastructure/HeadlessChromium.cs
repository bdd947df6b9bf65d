using Microsoft.Playwright;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, as the storefront and admin script tests use it.
/// </summary>
public static class HeadlessChromium
{
    /// <summary>Debian's Chromium.</summary>
    public const string Executable = "/usr/bin/chromium";

    /// <summary>The switches every test browser starts with: no sandbox (root in CI), no GPU, nothing fetched in the background.</summary>
    static readonly string[] Switches = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"];

    /// <summary>
    /// Stops the fixture when a file the browser tests need is missing: a failure where CI promises the browser
    /// (PERSONALIZATION_REQUIRE_BROWSER=1), an ignored fixture elsewhere
    /// </summary>
    /// <param name="packages">The Debian packages that provide the files</param>
    /// <param name="files">The files, Chromium first</param>
    public static void RequireFiles(string packages, params string[] files)
    {
        foreach (var file in files)
        {
            if (File.Exists(file))
                continue;
            var message = $"{file} is missing (apt-get install {packages}); .ci/run installs it.";
            if (Environment.GetEnvironmentVariable("PERSONALIZATION_REQUIRE_BROWSER") == "1")
                Assert.Fail(message);
            Assert.Ignore(message);
        }
    }

    /// <summary>
    /// Starts a headless browser
    /// </summary>
    /// <param name="playwright">Playwright</param>
    /// <param name="extraSwitches">Switches besides the usual ones, first on the command line</param>
    /// <returns>The browser</returns>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright, params string[] extraSwitches) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = [.. extraSwitches, .. Switches]
        });
}

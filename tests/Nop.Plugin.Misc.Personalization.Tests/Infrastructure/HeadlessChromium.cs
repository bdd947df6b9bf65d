using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    /// <summary>
    /// Builds the host of a test page: the page at "/" and the plugin's scripts at the paths the store serves them from;
    /// the test maps its own endpoints on it before it starts
    /// </summary>
    /// <param name="page">The page's HTML</param>
    /// <param name="scripts">File names of scripts in the plugin's Content folder</param>
    public static async Task<WebApplication> CreatePageHostAsync(string page, params string[] scripts)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(page, "text/html"));
        foreach (var script in scripts)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Content", script));
            app.MapGet("/Plugins/Misc.Personalization/Content/" + script, () => Results.Content(text, "text/javascript"));
        }

        return app;
    }

    /// <summary>Starts a test page's host on the port it was given (port 0: any free one) and returns the port.</summary>
    public static async Task<int> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;
    }

    /// <summary>Closes the browser, Playwright and the test page's host, whichever of them started.</summary>
    public static async Task CloseAsync(IBrowser browser, IPlaywright playwright, WebApplication app)
    {
        if (browser != null)
            await browser.CloseAsync();
        playwright?.Dispose();
        if (app != null)
            await app.DisposeAsync();
    }
}

# Thin wrapper over the dotnet commands; the logic lives in MSBuild (build/Package.targets).
#   ./build.ps1 -Target Package [msbuild args]   builds dist/Misc.Personalization.zip
#   ./build.ps1 -Target Test                      builds the package, then runs every test
param(
    [ValidateSet("Package", "Test")]
    [string]$Target = "Package",
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]]$MSBuildArgs = @()
)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

dotnet build Nop.Plugin.Misc.Personalization/Nop.Plugin.Misc.Personalization.csproj -c Release -t:Package @MSBuildArgs
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

if ($Target -eq "Test") {
    dotnet test Personalization.sln -c Release @MSBuildArgs
    exit $LASTEXITCODE
}

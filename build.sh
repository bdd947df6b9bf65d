#!/usr/bin/env bash
# Thin wrapper over the dotnet commands; the logic lives in MSBuild (build/Package.targets).
#   ./build.sh package [msbuild args]   builds dist/Misc.Personalization.zip (e.g. -p:NopBinDir=/path/to/store)
#   ./build.sh test                      builds the package, then runs every test
set -euo pipefail
cd "$(dirname "$0")"
target=${1:-package}
shift || true
case "$target" in
    package)
        dotnet build Nop.Plugin.Misc.Personalization/Nop.Plugin.Misc.Personalization.csproj -c Release -t:Package "$@"
        ;;
    test)
        dotnet build Nop.Plugin.Misc.Personalization/Nop.Plugin.Misc.Personalization.csproj -c Release -t:Package "$@"
        dotnet test Personalization.sln -c Release "$@"
        ;;
    *)
        echo "usage: ./build.sh [package|test] [msbuild arguments]" >&2
        exit 2
        ;;
esac

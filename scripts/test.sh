#!/usr/bin/env bash
# Runs every test: installs what is missing, starts throwaway PostgreSQL 15 and MariaDB servers, runs all test
# projects against them, cleans up, and ends with the summary line "N passed, N failed".
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

bash scripts/install-deps.sh || { echo "0 passed, 1 failed"; exit 1; }
source scripts/engines.sh
start_engines || { echo "0 passed, 1 failed"; exit 1; }

export DESIGNSTUDIO_CORPUS=${DESIGNSTUDIO_CORPUS:-$(cd "$root/.." && pwd)/shared/corpus}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
results="$root/TestResults"
rm -rf "$results"

dotnet build DesignStudio.sln -c Release -nologo -v q || { echo "0 passed, 1 failed"; exit 1; }
status=0
dotnet test DesignStudio.sln -c Release --no-build --logger "trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000 || status=$?

python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find(".//{*}ResultSummary/{*}Counters")
    if c is None: continue
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    skipped += int(c.get("total", 0)) - int(c.get("executed", 0))
if failed == 0 and sys.argv[2] != "0": failed = 1  # the runner failed without a test failing (build/crash)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status

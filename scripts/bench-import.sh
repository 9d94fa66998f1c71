#!/usr/bin/env bash
# Import speed in ONE run on this machine: the peers (@dbml/core, libpg-query) on the largest PostgreSQL corpus file,
# then our PostgreSqlImportBenchmarks (that file and the 10x synthetic file), PostgreSqlImportScalingBenchmarks (1x, 2x, 5x,
# 10x with time and allocation per MB) and the 500-table introspection benchmark.
# usage: bash scripts/bench-import.sh [PEER_REPS]      (output in bench-import-<timestamp>.log under artifacts)
# In process (--inProcess): on a loaded shared machine the generated boilerplate project can exceed its 2-minute build timeout.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${DESIGNSTUDIO_CORPUS:-$(realpath ../shared/corpus)}
file="$corpus/postgresql/lago.sql"
out=BenchmarkDotNet.Artifacts; mkdir -p "$out"
log="$out/bench-import-$(date -u +%Y%m%dT%H%M%SZ).log"
{
  echo "== $(date -u +%FT%TZ) peers on $file"
  bash ../shared/bench-peers/peer-import.sh "$file" "${1:-3}"
  echo "== $(date -u +%FT%TZ) DesignStudio"
  dotnet build -c Release bench/DesignStudio.Benchmarks >/dev/null
  source scripts/engines.sh && start_engines
  dotnet run -c Release --no-build --project bench/DesignStudio.Benchmarks -- \
    --filter '*PostgreSqlImportBenchmarks*' '*PostgreSqlImportScalingBenchmarks*' '*PostgreSqlIntrospectionBenchmarks*' --join --inProcess
  echo "== $(date -u +%FT%TZ) done"
} 2>&1 | tee "$log"

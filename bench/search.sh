#!/usr/bin/env bash
# search.sh [N] [RUNS] [QUERY_RUNS] -- the search index on N synthetic posts (default 10000): RUNS
# builds' stage lines (the search stage's share), the index's size and largest file, and per query
# the bytes fetched and the medians of QUERY_RUNS page loads (default 5) of the times to the first
# and to all results in headless Chromium, with the client's steps (generator's SearchBenchmarkIT).
#
# Run from the repository root after `mvn -pl themes/default,generator -am package -DskipTests`.
# Needs: apt-get install -y chromium. BENCH is the folder holding gen-corpus.py (default
# ../shared/bench).
set -euo pipefail
n=${1:-10000}; runs=${2:-3}; query_runs=${3:-5}
bench=${BENCH:-../shared/bench}
work=${WORK:-/tmp/sitegen-bench}
jar=$PWD/generator/target/site-gen.jar
mkdir -p "$work"
src=$work/search-src-$n; out=$work/search-out-$n
[ -d "$src" ] || python3 "$bench/gen-corpus.py" --posts "$n" --out "$src" --format sitegen >/dev/null
for run in $(seq 1 "$runs"); do
  rm -rf "$out"
  echo "== build $run"
  java -jar "$jar" build --source "$src" --output "$out" --no-cache 2>&1 | grep -E '^\s*(configure|load|photos|process|index|render|feeds|search|write)\b|Built|built' || true
done
echo "== index"
echo "files: $(find "$out/search" -type f | wc -l), bytes: $(du -sb "$out/search" | cut -f1)"
echo "index.js (manifest): $(stat -c %s "$out/search/index.js") bytes"
echo "largest: $(find "$out/search" -type f -printf '%s %P\n' | sort -n | tail -3 | tr '\n' ' ')"
echo "== queries"
mvn -B -ntp -q -pl themes/default,generator -am verify -DskipTests=false -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=SearchBenchmarkIT \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true \
  -Dsitegen.searchBench="$out" -Dsitegen.searchBenchRuns="$query_runs" 2>&1 | grep -o '|.*|' || true

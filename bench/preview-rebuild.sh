#!/usr/bin/env bash
# preview-rebuild.sh N [EDITS] -- time the preview's rebuild after one saved post, site-gen serve
# against hugo server, on the same N synthetic posts. Each side builds once, then the same post's
# body is appended to EDITS times; the time is what each server itself reports for the rebuild
# (site-gen: "Rebuilt after ... (N ms)", Hugo: "Total in N ms"). Both write to disk.
#
# Run from the repository root after `mvn install -DskipTests`. Needs: apt-get install -y hugo
# BENCH is the folder holding gen-corpus.py (default ../shared/bench).
set -euo pipefail
n=${1:?usage: preview-rebuild.sh N [EDITS]}; edits=${2:-5}
bench=${BENCH:-../shared/bench}
work=${WORK:-/tmp/sitegen-bench}
jar=$PWD/generator/target/site-gen.jar
mkdir -p "$work"
rm -rf "$work/serve-sitegen-$n" "$work/serve-hugo-$n"
python3 "$bench/gen-corpus.py" --posts "$n" --out "$work/serve-sitegen-$n" --format sitegen >/dev/null
python3 "$bench/gen-corpus.py" --posts "$n" --out "$work/serve-hugo-$n" --format hugo-full >/dev/null
post=$(cd "$work/serve-sitegen-$n/posts" && find . -name '*.md' | sort | sed -n 1p)

# wait_for FILE PATTERN COUNT: until PATTERN has matched COUNT lines of FILE (at most 10 minutes).
wait_for() {
  for _ in $(seq 1 6000); do
    [ "$(grep -c "$2" "$1" || true)" -ge "$3" ] && return 0
    sleep 0.1
  done
  echo "timed out waiting for '$2' in $1" >&2; exit 1
}

# run NAME LOG POSTFILE PATTERN_READY PATTERN_DONE COMMAND...
run() {
  local name=$1 log=$2 file=$3 ready=$4 done=$5; shift 5
  "$@" >"$log" 2>&1 &
  local pid=$!
  wait_for "$log" "$ready" 1
  local before
  before=$(grep -c "$done" "$log" || true)
  for i in $(seq 1 "$edits"); do
    sleep 1
    printf '\nEdited paragraph %d for the benchmark.\n' "$i" >>"$file"
    wait_for "$log" "$done" $((before + i))
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$name: $(grep -o "$done" "$log" | tail -n "$edits" | grep -o '[0-9]\+' | tr '\n' ' ')ms"
}

run site-gen "$work/serve-sitegen.log" "$work/serve-sitegen-$n/posts/$post" 'Serving' \
  'deleted ([0-9]* ms)' java -jar "$jar" serve --source "$work/serve-sitegen-$n" --port 8181
run "hugo (--disableFastRender)" "$work/serve-hugo.log" "$work/serve-hugo-$n/content/$post" 'Web Server is available' \
  'Total in [0-9]* ms' hugo server --source "$work/serve-hugo-$n" --port 8182 --renderToDisk \
  --disableFastRender
# Hugo's default "fast render" re-renders only pages a browser has open (none here), so it does
# less than site-gen, which brings every page showing the post up to date.
run "hugo (fast render)" "$work/serve-hugo-fast.log" "$work/serve-hugo-$n/content/$post" \
  'Web Server is available' 'Total in [0-9]* ms' hugo server --source "$work/serve-hugo-$n" \
  --port 8183 --renderToDisk

#!/usr/bin/env bash
# incremental-ab.sh JAR_A JAR_B [EDITS] [POSTS] -- builds of one synthetic blog (default 1,000
# posts) by two CLI jars, taken in turns so both see the same machine: two full builds each with
# --no-cache, three no-change rebuilds, then EDITS times (default 4) a paragraph appended to one post
# and a rebuild by each. Prints each build's CPU time (user, sys, in s); each edit build's stage
# lines are kept in WORK/<A|B>.editN. A jar may be given twice to measure one alone.
# BENCH is the folder holding gen-corpus.py (default ../shared/bench).
set -euo pipefail
A=$1 B=$2 EDITS=${3:-4} POSTS=${4:-1000}
WORK=$(mktemp -d)
BLOG=$WORK/blog
python3 "${BENCH:-../shared/bench}/gen-corpus.py" --posts "$POSTS" --out "$BLOG" \
  --format sitegen >/dev/null
cpu() { # JAR OUTPUT [ARGS...]: the build's user and sys CPU seconds
  local jar=$1 out=$2
  shift 2
  /usr/bin/time -f "%U %S" java -jar "$jar" build --source "$BLOG" --output "$out" "$@" \
    2>&1 >"$WORK/last" | tail -1
}
for j in A B; do echo "$j first (empty cache) $(cpu "${!j}" "$WORK/out-$j")"; done
for i in 1 2; do
  for j in A B; do
    rm -rf "$WORK/clean-$j"
    echo "$j full --no-cache $(cpu "${!j}" "$WORK/clean-$j" --no-cache)"
  done
done
for i in 1 2 3; do for j in A B; do echo "$j no change $(cpu "${!j}" "$WORK/out-$j")"; done; done
mapfile -t FILES < <(find "$BLOG/posts" -name '*.md' | sort | head -100)
for i in $(seq "$EDITS"); do
  printf '\nOne more paragraph %s.\n' "$i" >>"${FILES[$((i * 13))]}"
  for j in A B; do
    echo "$j one post edited $(cpu "${!j}" "$WORK/out-$j")"
    cp "$WORK/last" "$WORK/$j.edit$i"
  done
done
echo "stage lines in $WORK"

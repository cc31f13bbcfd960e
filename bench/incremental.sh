#!/usr/bin/env bash
# incremental.sh [N] [RUNS] -- rebuilds in a new process on N synthetic posts (default 10000), with
# the build's default cache under the blog's target/: a full build, then a rebuild with nothing
# changed, then a rebuild after one post's body was edited. Per rebuild: wall and CPU time, their
# ratio to the full build, and the output files rewritten (a file whose inode or modification time
# changed, plus files added or removed), from listings of the output tree taken before and after.
#
# Run from the repository root after `mvn -B -ntp -pl themes/default,generator package -DskipTests`.
# Needs: apt-get install -y time. SITEGEN is the build command with {src} and {out} (default: the
# launcher generator/target/site-gen build --source {src} --output {out}); BENCH holds
# gen-corpus.py (default ../shared/bench); WORK is scratch (default /tmp/sitegen-bench).
set -euo pipefail
n=${1:-10000}; runs=${2:-3}
root=$PWD
bench=${BENCH:-../shared/bench}
work=${WORK:-/tmp/sitegen-bench}
default_cmd="$root/generator/target/site-gen build --source {src} --output {out}"
sitegen=${SITEGEN:-$default_cmd}
src=$work/incremental-$n; out=$src/target/site
mkdir -p "$work"
rm -rf "$src"
python3 "$bench/gen-corpus.py" --posts "$n" --out "$src" --format sitegen >/dev/null
post=$(cd "$src/posts" && find . -name '*.md' | sort | sed -n 1p)
cmd=${sitegen//\{src\}/$src}; cmd=${cmd//\{out\}/$out}

# listing FILE: every output file as "path inode mtime", sorted.
listing() { (cd "$out" && find . -type f -printf '%P %i %T@\n' | sort) >"$1"; }
# rewritten BEFORE AFTER: lines of AFTER not in BEFORE (changed or new) plus paths gone.
rewritten() {
  local changed gone
  changed=$(comm -13 "$1" "$2" | wc -l)
  gone=$(comm -23 <(cut -d' ' -f1 "$1") <(cut -d' ' -f1 "$2") | wc -l)
  echo $((changed + gone))
}
# build LABEL: one build, its "wall cpu" appended to $work/inc-LABEL.
build() {
  # shellcheck disable=SC2086 # the command is split into words on purpose
  /usr/bin/time -f '%e %U %S' -o "$work/inc.time" $cmd >"$work/inc.log" 2>&1 ||
    { tail -20 "$work/inc.log" >&2; exit 1; }
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/inc.time" >>"$work/inc-$1"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/inc-full"; : >"$work/inc-none"; : >"$work/inc-edit"; : >"$work/inc-files"
for run in $(seq 1 "$runs"); do
  rm -rf "$src/target"
  build full
  listing "$work/before"
  sleep 1 # a rewrite within the same second would still show as a new inode
  build none
  listing "$work/after-none"
  printf '\nEdited paragraph %d for the benchmark.\n' "$run" >>"$src/posts/$post"
  build edit
  listing "$work/after-edit"
  echo "$(rewritten "$work/before" "$work/after-none") $(rewritten "$work/after-none" "$work/after-edit")" \
    >>"$work/inc-files"
done
python3 - "$work" "$n" "$(wc -l <"$work/before")" <<'PY'
import statistics, sys
work, n, total = sys.argv[1], sys.argv[2], sys.argv[3]
rd = lambda f: [list(map(float, l.split())) for l in open(f"{work}/inc-{f}") if l.strip()]
full, none, edit, files = rd("full"), rd("none"), rd("edit"), rd("files")
med = statistics.median
print(f"== {n} posts, {len(full)} runs, {total} output files (medians)")
print(f"full build       wall {med(x[0] for x in full):7.2f} s  cpu {med(x[1] for x in full):7.2f} s")
for name, rows, col in (("no change", none, 0), ("one post edited", edit, 1)):
    w = [r[0] / f[0] for r, f in zip(rows, full)]
    c = [r[1] / f[1] for r, f in zip(rows, full)]
    print(f"{name:16} wall {med(x[0] for x in rows):7.2f} s  cpu {med(x[1] for x in rows):7.2f} s"
          f"  ratio to full: wall {med(w):.2f}, cpu {med(c):.2f}"
          f"  files rewritten {med(x[col] for x in files):.0f}")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

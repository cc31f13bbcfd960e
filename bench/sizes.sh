#!/usr/bin/env bash
# sizes.sh [N...] -- full cold builds of the same synthetic posts at each size (default 10 1000 10000)
# by site-gen and by Hugo: Hugo's minimal build (gen-corpus.py --format hugo) and Hugo rendering
# site-gen's page set (--format hugo-full). Runs alternate (site-gen, hugo, hugo-full, site-gen, ...),
# each a new process with its output folder deleted first; the figures are per-triple ratios of wall
# and CPU (user + sys) time, medians over RUNS triples, and peak RSS. On a shared machine only the
# ratios mean anything; the load average is printed before and after.
#
# Run from the repository root after `mvn -B -ntp -pl themes/default,generator package -DskipTests`.
# Needs: apt-get install -y hugo time. Environment:
#   RUNS     triples per size (default 3)
#   SITEGEN  the site-gen command, {src} and {out} placeholders (default: the launcher
#            generator/target/site-gen build --source {src} --output {out})
#   MVN=1    also `mvn -B -q site-gen:build` on the same posts (the plugin must be in the local
#            repository: `mvn install -DskipTests`; MVN_ARGS adds options, e.g. -o or
#            -Dmaven.repo.local=...); the blog's .mvn/jvm.config is the scaffold template's
#   BENCH    the folder holding gen-corpus.py (default ../shared/bench); WORK scratch (/tmp/sitegen-bench)
set -euo pipefail
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 1000 10000)
runs=${RUNS:-3}
root=$PWD
bench=${BENCH:-../shared/bench}
work=${WORK:-/tmp/sitegen-bench}
default_cmd="$root/generator/target/site-gen build --source {src} --output {out}"
sitegen=${SITEGEN:-$default_cmd}
template=$root/generator/src/main/resources/io/sitegen/generator/scaffold/blog
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
command -v hugo >/dev/null || { echo "hugo not installed: apt-get install -y hugo" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time not installed: apt-get install -y time" >&2; exit 2; }
mkdir -p "$work"

# mvn_blog N: a blog project whose pom runs the plugin on the corpus, with the template's .mvn/.
mvn_blog() {
  local dir=$work/mvn-blog-$1
  rm -rf "$dir"; mkdir -p "$dir"
  cp -r "$template/.mvn" "$dir/" 2>/dev/null || true
  sed -e 's/\${groupId}/bench/' -e "s/\${artifactId}/blog-$1/" -e 's/\${version}/1/' \
    -e "s/\${siteGenVersion}/$version/" "$template/pom.xml" >"$dir/pom.xml"
  echo "$dir"
}

# timed LABEL FILE CMD...: appends "wall cpu peak_kb" of one run of CMD to FILE.
timed() {
  local label=$1 file=$2; shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$work/time.out" "$@" >"$work/last.log" 2>&1 ||
    { echo "$label failed:" >&2; tail -20 "$work/last.log" >&2; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time.out" >>"$file"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  for format in sitegen hugo hugo-full; do
    [ -d "$work/$format-$n" ] ||
      python3 "$bench/gen-corpus.py" --posts "$n" --out "$work/$format-$n" --format "$format" >/dev/null
  done
  src=$work/sitegen-$n; out=$work/out-$n
  sg=${sitegen//\{src\}/$src}; sg=${sg//\{out\}/$out/sitegen}
  sides=(sitegen hugo hugo-full)
  [ "${MVN:-}" = 1 ] && { blog=$(mvn_blog "$n"); sides+=(mvn); }
  for side in "${sides[@]}"; do : >"$work/t-$side-$n"; done
  for _ in $(seq 1 "$runs"); do
    rm -rf "$out"; mkdir -p "$out"
    # shellcheck disable=SC2086 # the command is split into words on purpose
    timed site-gen "$work/t-sitegen-$n" $sg
    timed hugo "$work/t-hugo-$n" hugo --source "$work/hugo-$n" --destination "$out/hugo" --quiet
    timed hugo-full "$work/t-hugo-full-$n" hugo --source "$work/hugo-full-$n" --destination "$out/hugo-full" --quiet
    if [ "${MVN:-}" = 1 ]; then
      rm -rf "$blog/target"
      # shellcheck disable=SC2086
      timed mvn "$work/t-mvn-$n" mvn -B -q ${MVN_ARGS:-} -f "$blog/pom.xml" site-gen:build \
        -Dsitegen.siteDirectory="$src" -Dsitegen.outputDirectory="$out/mvn"
    fi
  done
  python3 - "$work" "$n" "${sides[@]}" <<'PY'
import statistics, sys
work, n, sides = sys.argv[1], sys.argv[2], sys.argv[3:]
runs = {s: [list(map(float, l.split())) for l in open(f"{work}/t-{s}-{n}") if l.strip()] for s in sides}
med = statistics.median
print(f"== {n} posts, {len(runs['sitegen'])} runs each (medians)")
print(f"{'':10} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
for s in sides:
    r = runs[s]
    print(f"{s:10} {med(x[0] for x in r):8.2f} {med(x[1] for x in r):8.2f} {med(x[2] for x in r) / 1024:8.0f}")
for ours in [s for s in sides if s in ("sitegen", "mvn")]:
    for theirs in ("hugo", "hugo-full"):
        w = [a[0] / b[0] for a, b in zip(runs[ours], runs[theirs])]
        c = [a[1] / b[1] for a, b in zip(runs[ours], runs[theirs])]
        print(f"ratio {ours}/{theirs}: wall {med(w):.2f} (min {min(w):.2f}, max {max(w):.2f}),"
              f" cpu {med(c):.2f} (min {min(c):.2f}, max {max(c):.2f})")
PY
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

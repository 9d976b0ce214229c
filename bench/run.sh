#!/usr/bin/env bash
# Prints the numbers behind DESIGN.md's performance targets. Measures; asserts nothing.
#   bench/run.sh [table]   whole-process table: each bench/programs/<name>.bd under `beskid run`
#                          (JIT) and as a `java -jar` AOT exe, next to its javac-compiled twin
#                          <Name>.java; then cold hello against `java Hello`
#   bench/run.sh jmh [jmh options]
#                          warm, in-JVM JMH benchmarks (beskid.bench): kernels next to their
#                          Java twins, lowering next to javac; e.g. `bench/run.sh jmh Kernel`
#   bench/run.sh lowering  cold and warm lowering of the 10,000-function program, peak heap,
#                          next to javac (a plain main; JMH's LoweringBench gives the warm figures)
#   bench/run.sh metaspace metaspace after 10,000 JIT runs in one JVM (a plain main)
#   bench/run.sh all       all of the above
# BENCH_RUNS (default 3): paired runs per row; each row shows the median.
# BENCH_PROGRAMS (default all): e.g. "loops closures".
# BENCH_METRIC (default wall): cpu reports user + system CPU time instead (/usr/bin/time).
# BESKID_JAVA_OPTS is passed on to the launcher, to compare JVM set-ups.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-table}"
[ $# -gt 0 ] && shift
runs="${BENCH_RUNS:-3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

jmh_jar=beskid.bench/target/benchmarks.jar
build_bench() {
  mvn -q -B -DskipTests package -pl beskid.bench -am >&2
}

# Wall time of one command in ms (or, with BENCH_METRIC=cpu, its user + system CPU time, which
# other load on the machine disturbs less); its standard output goes to $tmp/out.
wall() {
  local s e
  if [ "${BENCH_METRIC:-wall}" = cpu ]; then
    /usr/bin/time -f '%U %S' -o "$tmp/time" "$@" >"$tmp/out" 2>"$tmp/err" \
      || { echo "bench: failed: $*" >&2; cat "$tmp/err" >&2; exit 1; }
    awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$tmp/time"
    return
  fi
  s=$(date +%s%N)
  "$@" >"$tmp/out" 2>"$tmp/err" || { echo "bench: failed: $*" >&2; cat "$tmp/err" >&2; exit 1; }
  e=$(date +%s%N)
  echo $(((e - s) / 1000000))
}

median() { # numbers... -> their median (the lower middle one for an even count)
  printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# One row: the program's three ways, run in turn N times (paired, so load affects all three),
# each must print the same output; prints medians and ratios.
row() {
  local name="$1" bd="$2" exe="$3" twin_cp="$4" twin="$5"
  local jit=() aot=() java=() expected
  java -cp "$twin_cp" "$twin" >"$tmp/expected"
  for _ in $(seq "$runs"); do
    jit+=("$(wall ./beskid run "$bd")")
    cmp -s "$tmp/out" "$tmp/expected" || { echo "bench: $bd printed something else than $twin" >&2; exit 1; }
    aot+=("$(wall java -jar "$exe")")
    cmp -s "$tmp/out" "$tmp/expected" || { echo "bench: $exe printed something else than $twin" >&2; exit 1; }
    java+=("$(wall java -cp "$twin_cp" "$twin")")
  done
  local j a t
  j=$(median "${jit[@]}"); a=$(median "${aot[@]}"); t=$(median "${java[@]}")
  printf '| %s | %d | %d | %d | %s | %s |\n' "$name" "$j" "$a" "$t" "$(ratio "$j" "$t")" "$(ratio "$a" "$t")"
}

table() {
  ./beskid run examples/hello.bd >/dev/null # builds the launcher if needed, fills the caches
  javac -d "$tmp/twins" bench/programs/*.java
  cat >"$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("Hello, Beskid!"); } }
JAVA
  javac -d "$tmp/twins" "$tmp/Hello.java"
  local programs="${BENCH_PROGRAMS:-recursion loops structs closures dispatch strings}"
  echo "whole process, ${BENCH_METRIC:-wall} time, median of $runs paired runs, ms; $(java -version 2>&1 | head -1); $(nproc) cores"
  echo "launcher JVM options: ${BESKID_JAVA_OPTS:-(default)}"
  echo
  echo '| program | `beskid run` | `java -jar` exe | java twin | run / java | exe / java |'
  echo '|---|---|---|---|---|---|'
  for p in $programs; do
    local twin
    twin="$(tr '[:lower:]' '[:upper:]' <<<"${p:0:1}")${p:1}"
    ./beskid build "bench/programs/$p.bd" -o "$tmp/$p.jar" >/dev/null
    row "$p" "bench/programs/$p.bd" "$tmp/$p.jar" "$tmp/twins" "$twin"
  done
  ./beskid build examples/hello.bd -o "$tmp/hello.jar" >/dev/null
  row hello examples/hello.bd "$tmp/hello.jar" "$tmp/twins" Hello
}

case "$what" in
  table) table ;;
  jmh)
    build_bench
    # Short by default (2 cores): one fork, a few one-second iterations; any JMH option overrides.
    java -jar "$jmh_jar" -f 1 -wi 3 -w 1s -i 3 -r 1s "$@"
    ;;
  lowering)
    build_bench
    # A fixed, pre-touched heap for both compilers: with the default one, G1 grows the heap
    # through the run and the page faults and resizing pauses of that growth, not the
    # compilers, decided the medians (0.22-0.56 between two runs of one build).
    java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp "$jmh_jar" beskid.bench.LoweringBench "${1:-10000}"
    ;;
  metaspace)
    build_bench
    java -cp "$jmh_jar" beskid.bench.MetaspaceBench "${1:-10000}"
    ;;
  all)
    build_bench
    java -jar "$jmh_jar" -f 1 -wi 3 -w 1s -i 3 -r 1s
    java -cp "$jmh_jar" beskid.bench.LoweringBench 10000
    java -cp "$jmh_jar" beskid.bench.MetaspaceBench 10000
    table
    ;;
  *) echo "usage: bench/run.sh [table|jmh [options]|lowering|metaspace|all]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Prints the numbers behind DESIGN.md's performance targets. Measures; asserts nothing.
#   bench/run.sh            everything
#   bench/run.sh startup    only the process-level timings
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
mvn -q -B -DskipTests package >&2
cp="beskid.bench/target/classes:$(cat beskid.bench/target/classpath.txt)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

best_of() { # N command... -> best wall time in ms
  local n="$1"; shift; local best=999999
  for _ in $(seq "$n"); do
    local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    local ms=$(( (e - s) / 1000000 )); (( ms < best )) && best=$ms
  done; echo "$best"
}

if [ "$what" = all ]; then
  java -cp "$cp" beskid.bench.LoweringBench 10000
  java -cp "$cp" beskid.bench.ExecutionBench
  java -cp "$cp" beskid.bench.MetaspaceBench 10000
fi

# Process level: cold launcher, AOT jar vs the javac twin.
./beskid run examples/hello.bd >/dev/null   # fills the bundle cache once
echo "beskid run examples/hello.bd (kept bundle cache): best of 5 = $(best_of 5 ./beskid run examples/hello.bd) ms (target < 500 ms)"
cat > "$tmp/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("Hello, Beskid!"); } }
JAVA
javac -d "$tmp" "$tmp/Hello.java"
./beskid build examples/hello.bd -o "$tmp/hello.jar" >/dev/null
echo "java -jar hello.jar (AOT exe): best of 5 = $(best_of 5 java -jar "$tmp/hello.jar") ms; java Hello: $(best_of 5 java -cp "$tmp" Hello) ms (target <= 1.1x)"

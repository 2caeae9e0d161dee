#!/usr/bin/env bash
# Compares two builds of the benchmarks jar on CloudTrail parsing and cold start, alternating them so
# both are measured under the same load (issue 11 reported the generated model against the
# hand-written one this way):
#
#   benchmarks/compare.sh OLD/benchmarks.jar NEW/benchmarks.jar
#
# Per event, CloudTrailParseBenchmark (ours and the Jackson-tree peer, 3 forks x 3 x 1 s) runs with
# the old jar, then the new; then 10 rounds of CloudTrailColdStart (2 fresh JVMs per peer and jar,
# alternating). Prints one table per jar; compare ours/jacksonTree across them (the peer is the same
# code in both, so it absorbs the machine's drift). Results land in benchmarks/target/compare/.
set -euo pipefail
cd "$(dirname "$0")/.."
old="$1"
new="$2"
out=benchmarks/target/compare
rm -rf "$out"
mkdir -p "$out/old" "$out/new"
for event in UpdateUserPoolClient DeleteUserPoolClient AdminInitiateAuth CreateUserPool; do
  for v in old new; do
    jar="$old"; [[ "$v" == new ]] && jar="$new"
    java -jar "$jar" -f 3 -wi 3 -w 1 -i 3 -r 1 -p event="$event" \
      -rf json -rff "$out/$v/parse-$event.json" CloudTrailParseBenchmark > /dev/null
  done
done
for round in $(seq 1 10); do
  for v in old new; do
    jar="$old"; [[ "$v" == new ]] && jar="$new"
    java -jar "$jar" -f 2 -rf json -rff "$out/$v/coldstart-ours-$round.json" 'CloudTrailColdStart.ours' > /dev/null
    java -jar "$jar" -f 2 -rf json -rff "$out/$v/coldstart-tree-$round.json" 'CloudTrailColdStart.jacksonTree' > /dev/null
  done
done
for v in old new; do
  echo "## $v ($([[ "$v" == old ]] && echo "$old" || echo "$new"))"
  java -cp "$new" io.github.cognitoevents.benchmarks.ResultsTable "$out/$v"/*.json
done | tee "$out/results.md"

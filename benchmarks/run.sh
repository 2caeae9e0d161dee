#!/usr/bin/env bash
# Builds the benchmarks jar, runs every benchmark and prints the Markdown table with the ratios.
#
#   benchmarks/run.sh                  # 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement per benchmark
#   benchmarks/run.sh -wi 5 -i 10 -f 2 # further JMH options apply to the throughput benchmarks
#
# Peers are measured side by side: each parameter combination is its own JMH run, so ours, the
# peers and the floor of one row are measured within seconds of each other, and the cold-start
# forks alternate between the two peers. That keeps the ratios meaningful on a shared machine;
# the absolute numbers are only as quiet as the machine. Results land in
# benchmarks/target/jmh/*.json; the table is printed and written to benchmarks/target/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests -Dspotless.check.skip=true
fi
JAR=benchmarks/target/benchmarks.jar
OUT=benchmarks/target/jmh
rm -rf "$OUT" && mkdir -p "$OUT"
SETTINGS=(-f 1 -wi 3 -w 1 -i 5 -r 1 "$@")

# The parameter values are the constants of BenchmarkInputs.CloudTrailEvent, Rule and TriggerEvent.
for event in UpdateUserPoolClient DeleteUserPoolClient AdminInitiateAuth CreateUserPool; do
  for rule in SEED SIX_CONDITIONS FAILS_FIRST; do
    java -jar "$JAR" "${SETTINGS[@]}" -p event="$event" -p rule="$rule" \
      -rf json -rff "$OUT/match-$event-$rule.json" 'MatchBenchmark'
  done
done
for trigger in PreSignUp PreTokenGenerationV1 PreTokenGenerationV2 DefineAuthChallenge CustomMessage; do
  java -jar "$JAR" "${SETTINGS[@]}" -p trigger="$trigger" \
    -rf json -rff "$OUT/trigger-$trigger.json" 'TriggerParseBenchmark'
done
# Cold start: a single parse per freshly started JVM; 10 rounds of 2 JVMs per peer, alternating.
for round in $(seq 1 10); do
  java -jar "$JAR" -f 2 -rf json -rff "$OUT/coldstart-ours-$round.json" 'ColdStart.ours'
  java -jar "$JAR" -f 2 -rf json -rff "$OUT/coldstart-aws-$round.json" 'ColdStart.awsLambdaJavaEvents'
done

java -cp "$JAR" io.github.cognitoevents.benchmarks.ResultsTable \
  "$OUT"/match-*.json "$OUT"/trigger-*.json "$OUT"/coldstart-*.json \
  | tee benchmarks/target/results.md

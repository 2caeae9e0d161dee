#!/usr/bin/env bash
# Builds the benchmarks jar, runs every benchmark and prints the Markdown table with the ratios.
#
#   benchmarks/run.sh                  # 3 forks (trigger rows: 5 per peer, alternating), 3 x 1 s warm-up, 3 x 1 s measurement
#   benchmarks/run.sh -wi 5 -i 10      # further JMH options apply to the match and trigger groups
#   ONLY=rulesets benchmarks/run.sh    # only some groups: match, triggers, cloudtrail, coldstart, rulesets, arrays, backtest
#
# Every throughput figure comes from 3 forks or more (README's figures are these): single-fork runs
# on a shared 2-core machine swing by 1.5x between JVMs.
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
SETTINGS=(-f 3 -wi 3 -w 1 -i 3 -r 1 "$@")
FORKED=(-f 3 -wi 3 -w 1 -i 3 -r 1)
ONLY="${ONLY:-match triggers cloudtrail coldstart rulesets arrays backtest}"
want() { [[ " $ONLY " == *" $1 "* ]]; }
if [[ "$ONLY" == "match triggers cloudtrail coldstart rulesets arrays backtest" ]]; then
  rm -rf "$OUT"
fi
mkdir -p "$OUT"

# The parameter values are the constants of BenchmarkInputs.CloudTrailEvent, Rule and TriggerEvent.
if want match; then
  for event in UpdateUserPoolClient DeleteUserPoolClient AdminInitiateAuth CreateUserPool; do
    for rule in SEED SIX_CONDITIONS FAILS_FIRST; do
      java -jar "$JAR" "${SETTINGS[@]}" -p event="$event" -p rule="$rule" \
        -rf json -rff "$OUT/match-$event-$rule.json" 'MatchBenchmark'
    done
  done
fi
# Trigger parse and write: the forks of the two peers alternate (one fork of one peer, then one of
# the other, the order swapped every fork; TRIGGER_FORKS per peer, default 5), so both peers meet the
# same spells of a busy machine; a fork's throughput on this machine moves between two levels about
# 1.5x apart for seconds at a time. ResultsTable pools a peer's forks into one score. Further JMH
# options reach these runs too; a -f there would undo the alternation (use TRIGGER_FORKS).
TRIGGER_FORKS="${TRIGGER_FORKS:-5}"
alternate_forks() { # benchmark class, trigger, file prefix, further JMH options
  local class=$1 trigger=$2 prefix=$3 fork peer
  shift 3
  for fork in $(seq 1 "$TRIGGER_FORKS"); do
    local peers=(ours awsLambdaJavaEvents)
    if ((fork % 2 == 0)); then peers=(awsLambdaJavaEvents ours); fi
    for peer in "${peers[@]}"; do
      java -jar "$JAR" -f 1 -wi 3 -w 1 -i 3 -r 1 "$@" -p trigger="$trigger" \
        -rf json -rff "$OUT/$prefix-$trigger-$fork-$peer.json" "\\.$class\\.$peer\$"
    done
  done
}
if want triggers; then
  rm -f "$OUT"/trigger-*.json "$OUT"/triggerwrite-*.json "$OUT"/triggershuffled-*.json
  for trigger in PreSignUp PostConfirmation PreAuthentication PostAuthentication \
      DefineAuthChallenge CreateAuthChallenge VerifyAuthChallengeResponse PreTokenGenerationV1 \
      PreTokenGenerationV2 UserMigration CustomMessage CustomSmsSender CustomEmailSender \
      InboundFederation; do
    alternate_forks TriggerParseBenchmark "$trigger" trigger "$@"
    alternate_forks TriggerWriteBenchmark "$trigger" triggerwrite "$@"
  done
  # the same parse and write ratios with the peers alternating in one JVM (3 JVMs): see the class
  for jvm in 1 2 3; do
    java -Xms512m -Xmx512m -cp "$JAR" io.github.cognitoevents.benchmarks.TriggerAlternatingHarness \
      | tee "$OUT/triggers-alternating-$jvm.md"
  done
  # the same parse when every event holds its members in another order (the reader's guesses miss)
  for trigger in PreSignUp PreTokenGenerationV2 CustomMessage InboundFederation; do
    alternate_forks TriggerParseShuffledBenchmark "$trigger" triggershuffled "$@"
  done
fi
# Parsing CloudTrail events into typed records, against a bare Jackson tree of the same bytes.
if want cloudtrail; then
  for event in UpdateUserPoolClient DeleteUserPoolClient AdminInitiateAuth CreateUserPool; do
    java -jar "$JAR" "${SETTINGS[@]}" -p event="$event" \
      -rf json -rff "$OUT/cloudtrail-$event.json" 'CloudTrailParseBenchmark'
  done
fi
# Cold start: a single parse per freshly started JVM; 10 rounds of 2 JVMs per peer, alternating
# (a trigger against aws-lambda-java-events, a CloudTrail event against a Jackson tree).
if want coldstart; then
  for round in $(seq 1 10); do
    java -jar "$JAR" -f 2 -rf json -rff "$OUT/coldstart-ours-$round.json" 'ColdStart.ours'
    java -jar "$JAR" -f 2 -rf json -rff "$OUT/coldstart-aws-$round.json" 'ColdStart.awsLambdaJavaEvents'
    java -jar "$JAR" -f 2 -rf json -rff "$OUT/coldstart-ct-ours-$round.json" 'CloudTrailColdStart.ours'
    java -jar "$JAR" -f 2 -rf json -rff "$OUT/coldstart-ct-tree-$round.json" 'CloudTrailColdStart.jacksonTree'
  done
fi
# Rule sets of 1 to 1,000 RealisticRules: ours, event-ruler and a loop of single matchers.
if want rulesets; then
  for event in UpdateUserPoolClient DeleteUserPoolClient AdminInitiateAuth CreateUserPool; do
    for rules in 1 10 100 1000; do
      java -jar "$JAR" "${FORKED[@]}" -p event="$event" -p rules="$rules" \
        -rf json -rff "$OUT/rulesets-$event-$rules.json" 'RuleSetBenchmark'
    done
  done
fi
# Array consistency on 16 KB to 1 MB events of each ArrayShapes shape: ours and event-ruler.
# event-ruler is quadratic on ABSENT (exists:false in array elements: 56 s for one 1 MB event), so
# it is measured there only up to 64 KB.
if want arrays; then
  for shape in SIBLINGS NESTED LATE_FIELD ABSENT CROSS; do
    for kilobytes in 16 64 256 1024; do
      methods='ArrayConsistencyBenchmark'
      if [[ "$shape" == ABSENT && "$kilobytes" -gt 64 ]]; then
        methods='ArrayConsistencyBenchmark.ours'
      fi
      java -jar "$JAR" "${FORKED[@]}" -p shape="$shape" -p kilobytes="$kilobytes" \
        -rf json -rff "$OUT/arrays-$shape-$kilobytes.json" "$methods"
    done
  done
fi

# The backtest over 200 MB of generated gzip CloudTrail logs (a timed harness, not JMH: see
# BacktestHarness): the floor and ours, single-threaded and on all cores, 3 rounds.
if want backtest; then
  java -cp "$JAR" io.github.cognitoevents.benchmarks.BacktestHarness 200 3 | tee "$OUT/backtest.md"
fi

shopt -s nullglob
results=("$OUT"/match-*.json "$OUT"/trigger-*.json "$OUT"/triggerwrite-*.json "$OUT"/triggershuffled-*.json
  "$OUT"/cloudtrail-*.json "$OUT"/coldstart-*.json "$OUT"/rulesets-*.json "$OUT"/arrays-*.json)
if ((${#results[@]})); then # none when only the backtest ran
  java -cp "$JAR" io.github.cognitoevents.benchmarks.ResultsTable "${results[@]}" \
    | tee benchmarks/target/results.md
fi

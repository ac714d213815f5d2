#!/usr/bin/env bash
# A fuzzing campaign at the lowest priority: SECONDS of wall time per target, PARALLEL targets
# at a time (two on a two-core machine gives each target a whole core); then each target's
# CPU time and result. From the project root, with `cargo install cargo-fuzz`:
#   fuzz/run-campaign.sh [SECONDS] [PARALLEL] [TARGET…]
set -uo pipefail
cd "$(dirname "$0")"
seconds="${1:-3600}"
parallel="${2:-2}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(loader import dates mask chat)
mkdir -p logs
cargo +nightly fuzz build -O > logs/build.log 2>&1 || { echo "fuzz build failed"; exit 1; }
run() {
  local target="$1" max_len=4096
  case "$target" in loader|import|chat) max_len=65536 ;; esac
  mkdir -p "corpus/$target"
  /usr/bin/time -f "$target: %U s user + %S s system CPU, %e s wall, %M KB peak" \
    nice -n 19 "target/x86_64-unknown-linux-gnu/release/$target" "corpus/$target" \
    -artifact_prefix="artifacts/$target/" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > "logs/$target.log" 2>&1
  echo "$target exit $?" >> "logs/$target.log"
}
running=0
for target in "${targets[@]}"; do
  mkdir -p "artifacts/$target"
  run "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait
for target in "${targets[@]}"; do
  grep -E "^$target: |exit|stat::number_of_executed_units|SUMMARY" "logs/$target.log"
done

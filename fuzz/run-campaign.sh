#!/usr/bin/env bash
# A fuzzing campaign: every target for SECONDS of wall time at the lowest priority, two jobs
# at a time per core pair; prints each target's CPU time and result. Usage:
#   fuzz/run-campaign.sh [SECONDS]      (from the project root; needs `cargo install cargo-fuzz`)
set -uo pipefail
cd "$(dirname "$0")"
seconds="${1:-3600}"
mkdir -p logs
for target in loader import dates mask; do
  max_len=4096
  case "$target" in loader|import) max_len=65536 ;; esac
  mkdir -p "corpus/$target"
  ( /usr/bin/time -f "$target: %U s user + %S s system CPU, %e s wall, %M KB peak" \
      nice -n 19 cargo +nightly fuzz run -O "$target" "corpus/$target" -- \
      -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 > "logs/$target.log" 2>&1
    echo "$target exit $?" >> "logs/$target.log" ) &
done
wait
for target in loader import dates mask; do
  grep -E "^$target: |exit|stat::number_of_executed_units|SUMMARY|Done" "logs/$target.log"
done

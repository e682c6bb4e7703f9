#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) and prints the number of
# executions and the result per target.
#
#   fuzz/run.sh 600            # every target, 10 minutes each
#   JOBS=1 fuzz/run.sh 60      # one target at a time (default: 2 at once)
#   fuzz/run.sh 60 normalise   # only the named targets
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# The seed corpus in fuzz/corpus/<target>/ is read, never written: new
# inputs go to fuzz/work/<target>/ and crashes to fuzz/artifacts/<target>/.
# Exits non-zero if any target found a crash.
set -u
cd "$(dirname "$0")"
SECONDS_EACH="${1:-60}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(parse_report normalise anonymise_text anonymise_report)
fi
JOBS="${JOBS:-2}"
MAX_LEN="${MAX_LEN:-16384}"

# Release build with debug assertions (cargo-fuzz's default).
cargo +nightly fuzz build >build.log 2>&1 || { cat build.log; exit 2; }

run_one() {
    local t="$1"
    mkdir -p "work/$t" "artifacts/$t" logs
    cargo +nightly fuzz run "$t" "work/$t" "corpus/$t" -- \
        -max_total_time="$SECONDS_EACH" -timeout=10 -max_len="$MAX_LEN" \
        -rss_limit_mb=2048 -print_final_stats=1 >"logs/$t.log" 2>&1
    echo $? >"logs/$t.rc"
}

running=0
for t in "${TARGETS[@]}"; do
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$JOBS" ]; then
        wait -n
        running=$((running - 1))
    fi
done
wait

status=0
printf '%-18s %12s %8s %10s  %s\n' target executions seconds exec/s result
for t in "${TARGETS[@]}"; do
    log="logs/$t.log"
    execs=$(grep -E 'stat::number_of_executed_units' "$log" | tail -1 | awk '{print $2}')
    secs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 | awk '{print $5}')
    rate=$(grep -E 'stat::average_exec_per_sec' "$log" | tail -1 | awk '{print $2}')
    rc=$(cat "logs/$t.rc" 2>/dev/null || echo "?")
    if [ "$rc" = "0" ]; then
        result="ok"
    else
        result="CRASH (see $log, artifacts/$t/)"
        status=1
    fi
    printf '%-18s %12s %8s %10s  %s\n' "$t" "${execs:-?}" "${secs:-?}" "${rate:-?}" "$result"
done
exit "$status"

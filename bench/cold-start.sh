#!/usr/bin/env bash
# Cold start of one `bin/newsquiz generate` (a new JVM each time): median wall time and the largest resident set.
# Usage: bench/cold-start.sh [ARTICLE] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-src/test/resources/articles/venezuela-rostec-2019.txt}
runs=${2:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
times=()
peak=0
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e %M" -o "$out/time" bin/newsquiz generate "$article" -o "$out/quiz.json" >/dev/null
  read -r secs kb < "$out/time"
  times+=("$secs")
  (( kb > peak )) && peak=$kb
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "cold generate of $(basename "$article"): median ${median} s over ${runs} runs, peak RSS $(( peak / 1024 )) MB"

#!/usr/bin/env bash
# Cold start to the first screen: starts `bin/newsquiz` (the home screen) under tmux and times until the home
# screen's title is drawn. Prints the median over RUNS.  Usage: bench/first-screen.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
command -v tmux >/dev/null || { echo "first-screen: tmux is needed"; exit 2; }
socket=newsquiz-bench
db=$(mktemp -d)/bench.db  # a gradebook of its own, never the user's
times=()
for _ in $(seq "$runs"); do
  tmux -L $socket kill-server 2>/dev/null || true
  start=$(date +%s%N)
  tmux -L $socket -f /dev/null new-session -d -s b -x 80 -y 24 "env TERM=xterm-256color NEWSQUIZ_DB=$db bin/newsquiz --player bench"
  until tmux -L $socket capture-pane -t b -p 2>/dev/null | grep -q "quizzes from real news"; do
    sleep 0.01
    (( ($(date +%s%N) - start) > 10000000000 )) && { echo "first-screen: no home screen after 10 s"; exit 1; }
  done
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
  tmux -L $socket send-keys -t b q
  sleep 0.3
  tmux -L $socket kill-server 2>/dev/null || true
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "cold start to the home screen: median ${median} ms over ${runs} runs (${times[*]})"

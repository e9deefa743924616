#!/usr/bin/env bash
# Soak test of the packaged app: runs it under Xvfb for N minutes - a training run in the Training lab every
# 90 s, a digit drawn in Digits, the other labs opened in turn - and prints its resident memory (RSS) and thread
# count every minute, then the RSS growth after minute 5.
#   bash packaging/soak.sh [MINUTES] [LAUNCHER]     defaults: 30, target/dist/NeuralLab/bin/NeuralLab
# SOAK_DISPLAY (default 97) picks the Xvfb display; SOAK_JAVA_OPTS adds JVM options (for example
# -XX:NativeMemoryTracking=summary, then `jcmd PID VM.native_memory summary` with the PID printed at start).
# Needs Xvfb and xdotool. A fresh home folder keeps the window at its default place and size (1280x800 at 0,0),
# on a screen of that size, which the click positions below assume (100 % scale, English).
set -euo pipefail
minutes=${1:-30}
launcher=${2:-target/dist/NeuralLab/bin/NeuralLab}
display=:${SOAK_DISPLAY:-97}
home=$(mktemp -d)
app=""
Xvfb "$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
xvfb=$!
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
sleep 2
DISPLAY=$display JAVA_TOOL_OPTIONS="-Duser.home=$home ${SOAK_JAVA_OPTS:-}" "$launcher" >"$home/app.out" 2>&1 &
app=$!
log=$home/.neurallab/logs/neurallab.log
for _ in $(seq 1 180); do
  grep -q "ND4J ready" "$log" 2>/dev/null && break
  sleep 1
done
grep -q "ND4J ready" "$log" || { echo "error: the app did not start; see $home/app.out" >&2; cat "$home/app.out" >&2; exit 1; }

echo "app pid $app, home $home" >&2

click() { DISPLAY=$display xdotool mousemove "$1" "$2" click 1; }
lab() { # open a lab from the navigation bar
  case "$1" in
    playground) click 90 80 ;; digits) click 90 122 ;; training) click 90 164 ;;
    convolution) click 90 206 ;; curriculum) click 90 248 ;;
  esac
  sleep 4
}
draw() { # a stroke on the Digits pad, then Clear
  DISPLAY=$display xdotool mousemove 320 160 mousedown 1
  for _ in $(seq 1 12); do DISPLAY=$display xdotool mousemove_relative -- -2 16; sleep 0.05; done
  DISPLAY=$display xdotool mouseup 1
  sleep 2
  click 302 470 # Clear
}
sample() { # prints "RSS_MB THREADS" of the app
  awk '/^VmRSS/ {rss = int($2 / 1024)} /^Threads/ {t = $2} END {print rss, t}' "/proc/$app/status"
}
# (jpackage's launcher runs the JVM in its own process, so $app is the JVM)

start=$(date +%s)
last_train=-1000
reported=0
rss5=""
echo "minute  rss_MB  threads  load1"
while :; do
  elapsed=$(( $(date +%s) - start ))
  if [ $(( elapsed / 60 )) -ge "$reported" ]; then
    read -r rss threads < <(sample)
    printf '%6d  %6d  %7d  %5s\n' "$reported" "$rss" "$threads" "$(cut -d' ' -f1 /proc/loadavg)"
    [ "$reported" -eq 5 ] && rss5=$rss
    reported=$(( reported + 1 ))
  fi
  [ "$elapsed" -ge $(( minutes * 60 )) ] && break
  kill -0 "$app" 2>/dev/null || { echo "error: the app ended; see $home/app.out" >&2; exit 1; }
  if [ $(( elapsed - last_train )) -ge 90 ]; then
    lab training
    click 614 74 # Start (ignored while a run is still going)
    last_train=$elapsed
  fi
  lab digits
  draw
  lab playground
  lab convolution
  lab curriculum
done
if [ -n "$rss5" ]; then
  awk -v a="$rss5" -v b="$rss" 'BEGIN {printf "RSS growth after minute 5: %+.1f %% (%d -> %d MB)\n", 100 * (b - a) / a, a, b}'
fi
if grep -q "Uncaught exception" "$log"; then
  echo "errors in the log:"; grep -A3 "Uncaught exception" "$log"; exit 1
fi

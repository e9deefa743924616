#!/usr/bin/env bash
# How cost grows with batch size and width: Neural Lab's bench and PyTorch's peer script, taken
# alternately for each point so both see the same machine load. Prints one JSON line per run,
# each prefixed with the 1-minute load average.
#   scripts/bench-sweep.sh [SAMPLES]     (default 8000 training images per point)
# Needs target/neural-lab.jar (mvn -DskipTests package) and, for the peer, /usr/bin/python3 with
# python3-torch and libopenblas0-pthread.
set -euo pipefail
cd "$(dirname "$0")/.."
samples=${1:-8000}
peer=../shared/bench/peer_pytorch.py
jar=target/neural-lab.jar
run() {
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  "$@" 2>/dev/null | grep -v '"settings"' | sed "s/^/load $load /"
}
for hidden in 128 512 2048; do
  for batch in 1 8 32 128 512; do
    run java -jar "$jar" bench mlp --samples "$samples" --batch "$batch" --hidden "$hidden"
    run /usr/bin/python3 "$peer" --data datasets/mnist --samples "$samples" --batch "$batch" --hidden "$hidden" mlp
  done
done
for batch in 8 32 128; do
  run java -jar "$jar" bench cnn --samples "$samples" --batch "$batch"
  run /usr/bin/python3 "$peer" --data datasets/mnist --samples "$samples" --batch "$batch" cnn
done

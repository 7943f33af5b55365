#!/bin/bash
HERE="$(cd "$(dirname "$0")" && pwd)"; cd "$HERE/../../.."
F="$(cat "$HERE/flake-centre.txt")"
echo "start $(date -u +%H:%M:%S) $(uptime)"
for k in scalar vector scalar vector; do
  echo "== flake $k"
  /usr/bin/time -f "wall %e s, cpu %U+%S s" ./mandelbrot render --center "$F" --span 1.8e-157 --size 1280x720 --max-iter 50000 --kernel $k -o /tmp/flake-$k.png 2>&1 | grep -v "^wrote"
done
for s in static forkjoin static forkjoin; do
  echo "== flake schedule $s"
  /usr/bin/time -f "wall %e s, cpu %U+%S s" ./mandelbrot render --center "$F" --span 1.8e-157 --size 1280x720 --max-iter 50000 --schedule $s -o /tmp/flake-$s.png 2>&1 | grep -v "^wrote"
done
echo "mid $(date -u +%H:%M:%S) $(uptime)"
./mandelbrot bench jmh DeepFrameBenchmark -rf json -rff /tmp/frame.json 2>&1 | grep -E "^Benchmark|^DeepFrame"
echo "mid2 $(date -u +%H:%M:%S) $(uptime)"
./mandelbrot bench jmh ReferenceOrbitBenchmark -rf json -rff /tmp/orbit2.json 2>&1 | grep -E "^Benchmark|^ReferenceOrbit"
echo "end $(date -u +%H:%M:%S) $(uptime)"

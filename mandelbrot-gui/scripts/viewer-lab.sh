#!/usr/bin/env bash
# Runs the viewer in a real (virtual) window for screenshots and timings: Xvfb + openbox, driven by
# xdotool, captured with ImageMagick. Installs those Debian packages when missing (as root).
#
#   viewer-lab.sh shot FILE.png SECONDS [gui options...]   start, wait, capture the window, quit
#   viewer-lab.sh log SECONDS [gui options...]              start with --log-frames, print its log, quit
#   viewer-lab.sh wheel N [gui options...]                  start, turn the wheel N notches over the picture
#                                                           (one every 0.4 s) with --log-frames, print the log
#   viewer-lab.sh startup [gui options...]                  start with --log-frames; "Render again" 3 s after
#                                                           the window appeared and 8 s after; print the log
#   viewer-lab.sh again N [gui options...]                  start, then "Render again" N times; print the log
#   viewer-lab.sh deep N 'RE,IM SPAN' [gui options...]      start at a deep location, "Render again" N times
#                                                           (orbit reused), pan once with an arrow key
#   viewer-lab.sh palette FILE.png                          the palette editor with a saved palette loaded
#   viewer-lab.sh tour [DIR]                                a refused input, Julia preview and orbit, Places
#   viewer-lab.sh classroom [SECONDS]                       classroom preset, 2 threads: A/B, then predict
#                                                           with a guess of 1.9; prints the logged results
# Options: VIEWER_DISPLAY (default :47, :48 for another VIEWER_SIZE), VIEWER_SIZE (screen, default 1920x1080).
# Measurements: run it under `flock -x /tmp/mandel-cpu.lock` on a quiet machine; it prints the load.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCREEN="${VIEWER_SIZE:-1920x1080}"
# One display per screen size: a running display keeps the size it was started with.
if [ "$SCREEN" = 1920x1080 ]; then DISPLAY_NO="${VIEWER_DISPLAY:-:47}"; else DISPLAY_NO="${VIEWER_DISPLAY:-:48}"; fi

need() {
  local missing=()
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v openbox >/dev/null || missing+=(openbox)
  command -v xdotool >/dev/null || missing+=(xdotool)
  command -v import >/dev/null || missing+=(imagemagick)
  command -v xprop >/dev/null || missing+=(x11-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "viewer-lab: needs ${missing[*]} (Debian: apt-get install ${missing[*]})" >&2; exit 1
    fi
  fi
}

# Starts a program in the background with every inherited descriptor above 2 closed: the display
# server outlives this script, and must not keep holding a lock this script was run under
# (flock -s/-x /tmp/mandel-cpu.lock passes its locked descriptor on to its children).
daemon() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd="${fd##*/}"
      [ "$fd" -gt 2 ] && eval "exec $fd>&-"
    done
    exec "$@" >/dev/null 2>&1
  ) &
}

display_up() {
  export DISPLAY="$DISPLAY_NO"
  if ! xdpyinfo >/dev/null 2>&1; then
    daemon Xvfb "$DISPLAY_NO" -screen 0 "${SCREEN}x24" -nolisten tcp
    sleep 1
  fi
  # A window manager on this display (not another display's): openbox unless one runs already.
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' || { daemon openbox; sleep 1; }
}

VIEWER_PID=""
start_viewer() {
  mkdir -p /tmp/viewer-lab-home
  JAVA_TOOL_OPTIONS="-Duser.home=/tmp/viewer-lab-home" "$ROOT/mandelbrot" gui "$@" >/tmp/viewer-lab-${DISPLAY_NO#:}.out 2>&1 &
  VIEWER_PID=$!
}

stop_viewer() {
  # The launcher's java may be its child: end that one process (by its id), then the launcher.
  pkill -TERM -P "$VIEWER_PID" 2>/dev/null || true
  sleep 1
  kill "$VIEWER_PID" 2>/dev/null || true
  wait "$VIEWER_PID" 2>/dev/null || true
  local stopped="$VIEWER_PID"
  VIEWER_PID=""
  [ -n "$stopped" ] || return 0
  grep -v '^Picked up' /tmp/viewer-lab-${DISPLAY_NO#:}.out || true
}

# The viewer's java process: the launcher itself once it has exec'd java, else its child.
viewer_java() {
  if [ "$(cat /proc/"$VIEWER_PID"/comm 2>/dev/null)" = java ]; then echo "$VIEWER_PID"; else pgrep -P "$VIEWER_PID" java | head -n 1 || true; fi
}

# The viewer's own top-level window; waits up to 3 minutes.
window_id() {
  for _ in $(seq 1 720); do
    local pid w
    pid="$(viewer_java)"
    if [ -n "$pid" ]; then
      w="$(xdotool search --onlyvisible --pid "$pid" --name '^Mandelbrot viewer$' 2>/dev/null | head -n 1 || true)"
      [ -n "$w" ] && { echo "$w"; return 0; }
    fi
    sleep 0.25
  done
  echo "viewer-lab: no viewer window appeared" >&2; return 1
}

# Waits (up to 3 minutes) until the viewer has logged N finished frames (it runs with --log-frames).
wait_frames() {
  for _ in $(seq 1 360); do
    [ "$(grep -c ' frame ' "/tmp/viewer-lab-${DISPLAY_NO#:}.out" 2>/dev/null || true)" -ge "$1" ] && return 0
    sleep 0.5
  done
}

# Captures window $1 into $2: from the screen (root window) cropped to the window, since a window
# drawn through OpenGL reads back black on its own.
capture() {
  local info x y wd ht
  info="$(xwininfo -id "$1")"
  x="$(sed -n 's/.*Absolute upper-left X: *//p' <<<"$info")"
  y="$(sed -n 's/.*Absolute upper-left Y: *//p' <<<"$info")"
  wd="$(sed -n 's/.*Width: *//p' <<<"$info")"
  ht="$(sed -n 's/.*Height: *//p' <<<"$info")"
  import -window root -crop "${wd}x${ht}+${x}+${y}" +repage "$2"
}

# Clicks the tool bar's "Render again" and waits for frame N.
render_again() {
  xdotool mousemove --window "$1" 262 17 click 1
  wait_frames "$2"
}

need
display_up
# A step that fails (set -e) must not leave the viewer running.
trap '[ -n "$VIEWER_PID" ] && kill -0 "$VIEWER_PID" 2>/dev/null && stop_viewer >/dev/null' EXIT
cmd="${1:-}"; shift || true
echo "== viewer-lab $cmd, $(date -u +%H:%M:%S) UTC, load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
case "$cmd" in
  startup)
    start_viewer --fresh --log-frames "$@"
    w="$(window_id)"
    sleep 3
    wait_frames 1
    render_again "$w" 2
    sleep 5
    render_again "$w" 3
    stop_viewer ;;
  again)
    n="$1"; shift
    start_viewer --fresh --log-frames "$@"
    w="$(window_id)"
    wait_frames 1
    sleep 6
    for i in $(seq 1 "$n"); do render_again "$w" $((i + 1)); sleep 0.5; done
    stop_viewer ;;
  deep)
    n="$1"; where="$2"; shift 2
    start_viewer --fresh --log-frames --location "$where" "$@"
    w="$(window_id)"
    wait_frames 1
    sleep 3
    for i in $(seq 1 "$n"); do render_again "$w" $((i + 1)); sleep 0.5; done
    eval "$(xdotool getwindowgeometry --shell "$w")"
    xdotool mousemove --window "$w" $((WIDTH / 3)) $((HEIGHT / 3)) click 1
    xdotool key --window "$w" Right
    wait_frames $((n + 2))
    stop_viewer ;;
  palette)
    # The Palette tab at 1280x840 with a saved palette chosen from the list and loaded; positions
    # are this layout's (window-relative).
    out="$1"; shift
    mkdir -p /tmp/viewer-lab-home/.mandelbrot/palettes
    cat >/tmp/viewer-lab-home/.mandelbrot/palettes/Sunset.palette <<'PAL'
# Mandelbrot viewer palette
name = Sunset
stop = 0.0 #0B1033
stop = 0.18 #3A1C71
stop = 0.38 #D76D77
stop = 0.55 #FFAF7B
stop = 0.7 #FFF4D6
stop = 0.86 #2E8BC0
PAL
    start_viewer --fresh --log-frames --preset seahorse --tab palette "$@"
    w="$(window_id)"
    wait_frames 1
    sleep 3
    xdotool mousemove --window "$w" "${PAL_LIST_X:-1080}" "${PAL_LIST_Y:-292}" click 1
    sleep 1
    xdotool key Down Return
    sleep 0.5
    xdotool mousemove --window "$w" "${PAL_LOAD_X:-1240}" "${PAL_LOAD_Y:-292}" click 1
    sleep 2
    capture "$w" "$out"
    stop_viewer
    echo "wrote $out" ;;
  shot)
    out="$1"; secs="$2"; shift 2
    start_viewer --fresh --log-frames "$@"
    w="$(window_id)"
    wait_frames 1
    # "Render again" three times, as --snapshot's --warmup does: the picture's timing then shows
    # compiled code, not the JIT's first minutes on a busy machine.
    for n in 2 3 4; do
      xdotool mousemove --window "$w" 262 17 click 1
      wait_frames "$n"
    done
    sleep "$secs"
    capture "$w" "$out"
    stop_viewer
    echo "wrote $out" ;;
  log)
    secs="$1"; shift
    start_viewer --fresh --log-frames "$@"
    window_id >/dev/null
    wait_frames 1
    sleep "$secs"
    stop_viewer ;;
  wheel)
    n="$1"; shift
    start_viewer --fresh --log-frames "$@"
    w="$(window_id)"
    wait_frames 1
    sleep 6
    eval "$(xdotool getwindowgeometry --shell "$w")"
    xdotool mousemove --window "$w" $((WIDTH / 3)) $((HEIGHT / 3))
    # Real pointer events (XTEST) at the pointer: JavaFX ignores events sent to a window.
    for _ in $(seq 1 "$n"); do xdotool click 4; sleep 0.4; done
    sleep 1
    stop_viewer ;;
  classroom)
    # The classroom preset on 2 threads in the default 1280x840 window: press "Run A / B", then type
    # a guess and press "Run: predict, then measure"; the results are logged. The click positions are
    # this layout's (window-relative), so take a screenshot first if the layout changed.
    secs="${1:-40}"; shift || true
    start_viewer --fresh --log-frames --classroom --preset classroom --threads 2 "$@"
    w="$(window_id)"
    wait_frames 1
    sleep "$secs"
    xdotool mousemove --window "$w" 728 334 click 1
    sleep "$secs"
    xdotool mousemove --window "$w" 1127 144 click 1
    xdotool type --delay 80 "1.9"
    xdotool mousemove --window "$w" 785 173 click 1
    sleep "$((secs * 2))"
    capture "$w" /tmp/viewer-lab-classroom.png
    # Scroll the tab down to the sweep buttons, press "Speedup vs threads (to 88)", then bring the
    # chart into view (two captures: the chart's place depends on how far the tab scrolled).
    xdotool mousemove --window "$w" 1000 500
    for _ in $(seq 1 12); do xdotool click 5; done
    sleep 1
    xdotool mousemove --window "$w" 983 469 click 1
    sleep "$((secs * 3))"
    capture "$w" /tmp/viewer-lab-classroom-sweep.png
    xdotool mousemove --window "$w" 1000 500
    for _ in 1 2 3 4; do xdotool click 5; done
    sleep 1
    capture "$w" /tmp/viewer-lab-classroom-sweep2.png
    stop_viewer ;;
  tour)
    # The default 1280x840 window: a refused input, the Julia preview and orbit, the Places tab.
    # Window-relative click positions of this layout; screenshots go to DIR (default /tmp).
    dir="${1:-/tmp}"; shift || true
    start_viewer --fresh --log-frames "$@"
    w="$(window_id)"
    wait_frames 1
    sleep 5
    xdotool mousemove --window "$w" 982 713 click 1
    xdotool mousemove --window "$w" 982 737 click 1
    xdotool mousemove --window "$w" 1100 500
    for _ in 1 2 3 4 5 6 7 8; do xdotool click 5; done
    xdotool mousemove --window "$w" 286 290
    sleep 0.5
    xdotool mousemove --window "$w" 290 292
    sleep 4
    capture "$w" "$dir/viewer-julia-orbit.png"
    xdotool mousemove --window "$w" 1100 500
    for _ in 1 2 3 4 5 6 7 8; do xdotool click 4; done
    xdotool mousemove --window "$w" 982 713 click 1
    xdotool mousemove --window "$w" 982 737 click 1
    xdotool mousemove --window "$w" 1150 187 click 1
    xdotool key ctrl+a
    xdotool type --delay 100 "99"
    sleep 2
    capture "$w" "$dir/viewer-input-check.png"
    xdotool key Tab
    sleep 1
    capture "$w" "$dir/viewer-input-kept.png"
    xdotool mousemove --window "$w" 1075 55 click 1
    sleep 2
    xdotool mousemove --window "$w" 1095 119 click 1
    xdotool type --delay 60 "the whole set"
    xdotool key Return
    sleep 2
    capture "$w" "$dir/viewer-places.png"
    stop_viewer ;;
  *) sed -n 2,10p "$0"; exit 2 ;;
esac

#!/usr/bin/env bash
# Runs the viewer in a real (virtual) window for screenshots and timings: Xvfb + openbox, driven by
# xdotool, captured with ImageMagick. Installs those Debian packages when missing (as root).
#
#   viewer-lab.sh shot FILE.png SECONDS [gui options...]   start, wait, capture the window, quit
#   viewer-lab.sh log SECONDS [gui options...]              start with --log-frames, print its log, quit
#   viewer-lab.sh wheel N [gui options...]                  start, turn the wheel N notches over the picture
#                                                           (one every 0.4 s) with --log-frames, print the log
# Options: VIEWER_DISPLAY (default :47), VIEWER_SIZE (screen, default 1920x1080).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DISPLAY_NO="${VIEWER_DISPLAY:-:47}"
SCREEN="${VIEWER_SIZE:-1920x1080}"

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

display_up() {
  export DISPLAY="$DISPLAY_NO"
  if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb "$DISPLAY_NO" -screen 0 "${SCREEN}x24" -nolisten tcp >/dev/null 2>&1 &
    sleep 1
  fi
  # A window manager on this display (not another display's): openbox unless one runs already.
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' || { openbox >/dev/null 2>&1 & sleep 1; }
}

VIEWER_PID=""
start_viewer() {
  mkdir -p /tmp/viewer-lab-home
  JAVA_TOOL_OPTIONS="-Duser.home=/tmp/viewer-lab-home" "$ROOT/mandelbrot" gui "$@" >/tmp/viewer-lab.out 2>&1 &
  VIEWER_PID=$!
}

stop_viewer() {
  # The launcher's java is its child: end that one process (by its id), then the launcher.
  pkill -TERM -P "$VIEWER_PID" 2>/dev/null || true
  sleep 1
  kill "$VIEWER_PID" 2>/dev/null || true
  wait "$VIEWER_PID" 2>/dev/null || true
  grep -v '^Picked up' /tmp/viewer-lab.out || true
}

window_id() {
  for _ in $(seq 1 120); do
    local w; w="$(xdotool search --onlyvisible --pid "$(pgrep -P "$VIEWER_PID" java | head -n 1)" --name 'Mandelbrot viewer' 2>/dev/null | head -n 1 || true)"
    [ -n "$w" ] && { echo "$w"; return 0; }
    sleep 0.25
  done
  echo "viewer-lab: no viewer window appeared" >&2; return 1
}

need
display_up
cmd="${1:-}"; shift || true
case "$cmd" in
  shot)
    out="$1"; secs="$2"; shift 2
    start_viewer --fresh "$@"
    w="$(window_id)"
    sleep "$secs"
    import -window "$w" "$out"
    stop_viewer
    echo "wrote $out" ;;
  log)
    secs="$1"; shift
    start_viewer --fresh --log-frames "$@"
    window_id >/dev/null
    sleep "$secs"
    stop_viewer ;;
  wheel)
    n="$1"; shift
    start_viewer --fresh --log-frames "$@"
    w="$(window_id)"
    sleep 6
    eval "$(xdotool getwindowgeometry --shell "$w")"
    xdotool mousemove --window "$w" $((WIDTH / 3)) $((HEIGHT / 3))
    for _ in $(seq 1 "$n"); do xdotool click --window "$w" 4; sleep 0.4; done
    sleep 1
    stop_viewer ;;
  *) sed -n 2,10p "$0"; exit 2 ;;
esac

# What the screenshot scripts (packaging/screenshots*.sh) share: checking
# the tools, building, a work directory removed on exit, the virtual X
# server, starting the window in a language, waiting for it and capturing
# its first settled frame. Sourced from the repository's root by a script
# that then sets `display`; the environment it reads:
#   POSTA_BIN    the binary to run (default target/debug/posta, built with the test-kit feature)
#   OUT          where to save the images (default docs/screenshots)
#   WAIT_SECS    how long to wait for each window (default 60)

bin=${POSTA_BIN:-target/debug/posta}
out=${OUT:-docs/screenshots}
wait_secs=${WAIT_SECS:-60}
declare -A locales=([en]=en_US.UTF-8 [pl]=pl_PL.UTF-8 [sk]=sk_SK.UTF-8 [bg]=bg_BG.UTF-8)
xvfb_pid=
app_pid=

# screenshot_prepare [TOOL...]: Xvfb, xdotool, import, identify and the
# TOOLs must exist; builds the test-kit binary unless POSTA_BIN names one;
# makes $out and the work directory $work, removed on exit together with
# the window and the X server.
screenshot_prepare() {
    local tool
    for tool in Xvfb xdotool import identify "$@"; do
        command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick)" >&2; exit 1; }
    done
    # The screenshot pages exist only in a test-kit build (Cargo.toml).
    [ -n "${POSTA_BIN:-}" ] || cargo build --features test-kit
    mkdir -p "$out"
    work=$(mktemp -d)
    trap screenshot_cleanup EXIT
}

screenshot_cleanup() {
    stop_app
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}

# start_xvfb: a virtual X server on $display (refused when the display is
# in use), waited for until it answers.
start_xvfb() {
    if [ -e "/tmp/.X11-unix/X${display#:}" ]; then
        echo "display $display is already in use; set DISPLAY_NUM to a free one" >&2
        exit 1
    fi
    Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 100); do
        DISPLAY=$display xdotool getdisplaygeometry >/dev/null 2>&1 && break
        sleep 0.1
    done
    DISPLAY=$display xdotool getdisplaygeometry >/dev/null || { cat "$work/xvfb.log" >&2; exit 1; }
}

# launch LANG LOG [NAME=VALUE...]: starts the window in LANG with the extra
# environment, its output in LOG; sets app_pid. Only LANG decides the
# language (the variables that would override it are cleared), and
# Wayland is cleared, so winit talks to the virtual X server.
launch() {
    local lang=$1 log=$2
    shift 2
    env -u LC_ALL -u LC_MESSAGES -u LANGUAGE -u WAYLAND_DISPLAY \
        DISPLAY="$display" LANG="${locales[$lang]}" "$@" \
        "$bin" >"$log" 2>&1 &
    app_pid=$!
}

# wait_window PATTERN WHAT LOG: waits for a window whose name matches
# PATTERN; when none comes, says so for WHAT, shows LOG and exits.
wait_window() {
    if ! DISPLAY=$display timeout "$wait_secs" xdotool search --sync --name "$1" >/dev/null; then
        echo "$2: no Posta window within ${wait_secs}s" >&2
        cat "$3" >&2
        exit 1
    fi
}

# capture SHOT: the window is mapped before its first frame is drawn, so
# this waits until the screen shows more than a few colours (text is
# anti-aliased), then captures once more after the frame settled (fonts,
# layout). Fails when nothing was drawn.
capture() {
    local shot=$1 drawn=1
    for _ in $(seq $((wait_secs * 2))); do
        sleep 0.5
        DISPLAY=$display import -window root "$shot"
        if [ "$(identify -format '%k' "$shot")" -gt 16 ]; then
            drawn=0
            break
        fi
    done
    sleep 1
    DISPLAY=$display import -window root "$shot"
    return $drawn
}

# stop_app: ends the window `launch` started.
stop_app() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
    app_pid=
}

#!/usr/bin/env bash
# Posta's developer entry point on Debian/Ubuntu.
#
#   bash packaging/dev.sh run    install what is missing, build, start Posta
#   bash packaging/dev.sh test   install what is missing, run the whole test suite
#
# System packages are installed with apt-get (after apt-get update) only
# when missing; as a normal user this uses sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(build-essential pkg-config libssl-dev ca-certificates)
run_packages=(libx11-6 libx11-xcb1 libxcursor1 libxi6 libxkbcommon0 libxkbcommon-x11-0 libssl3 fonts-dejavu-core)
test_packages=(dovecot-core dovecot-imapd dovecot-pop3d openssl python3 python3-aiosmtpd xvfb xauth xdotool imagemagick dbus gnome-keyring procps)

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    # Debian starts its own Dovecot service on install; the tests run their
    # own instances on free loopback ports, so a policy-rc.d keeps it off.
    local policy=/usr/sbin/policy-rc.d created=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod +x "$policy"
        created=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    [ "$created" -eq 1 ] && "${sudo[@]}" rm -f "$policy"
    return 0
}

need_cargo() {
    if ! command -v cargo >/dev/null; then
        echo "Rust is not installed: install it with rustup (https://rustup.rs), then run this again." >&2
        exit 1
    fi
}

case "${1:-}" in
    run)
        install_missing "${build_packages[@]}" "${run_packages[@]}"
        need_cargo
        shift
        exec cargo run --release -- "$@"
        ;;
    test)
        install_missing "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"
        need_cargo
        rustup component add rustfmt clippy >/dev/null 2>&1 || true
        cargo fmt --check
        cargo clippy --all-targets --locked -- -D warnings
        export ICED_TEST_BACKEND=tiny-skia
        # The tests use the real Secret Service: a private session bus with
        # an unlocked gnome-keyring, gone when the tests end. Its keyring
        # files live in a fresh directory, so a keyring left by anything else
        # (with another password) cannot stay locked.
        XDG_DATA_HOME="$(mktemp -d)"
        export XDG_DATA_HOME
        exec dbus-run-session -- sh -c \
            'echo -n posta-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && cargo test --locked --lib --bins --tests'

        ;;
    *)
        echo "usage: bash packaging/dev.sh run|test" >&2
        exit 2
        ;;
esac

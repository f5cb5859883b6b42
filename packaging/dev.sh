#!/usr/bin/env bash
# Posta's developer entry point on Debian/Ubuntu.
#
#   bash packaging/dev.sh run       install what is missing, build, start Posta
#   bash packaging/dev.sh test      install what is missing, run the whole test suite
#   bash packaging/dev.sh deb       build the Debian package; its path is the last line
#   bash packaging/dev.sh deb-test  build it, validate it, install it with apt, run
#                                   the installed posta, remove it (what CI does)
#
# System packages are installed with apt-get (after apt-get update) only
# when missing; as a normal user this uses sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

build_packages=(build-essential pkg-config libssl-dev ca-certificates)
run_packages=(libx11-6 libx11-xcb1 libxcursor1 libxi6 libxkbcommon0 libxkbcommon-x11-0 libssl3 fonts-dejavu-core)
deb_packages=(dpkg-dev binutils)
deb_test_packages=(desktop-file-utils appstream lintian)
test_packages=(dovecot-core dovecot-imapd dovecot-pop3d dovecot-sieve dovecot-managesieved dovecot-lmtpd openssl python3 python3-aiosmtpd xvfb xauth xdotool imagemagick dbus gnome-keyring procps hunspell-pl hunspell-sk hunspell-bg hunspell-en-us)

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

# The cargo-deb STACK.md names; installed into ~/.cargo/bin when missing.
cargo_deb_version=3.8.0

# Builds the release binary, its man pages and completions, then the .deb;
# everything but the .deb's path goes to stderr.
build_deb() {
    if [ "$(cargo deb --version 2>/dev/null)" != "cargo-deb $cargo_deb_version" ]; then
        echo "Installing cargo-deb $cargo_deb_version" >&2
        cargo install cargo-deb --version "$cargo_deb_version" --locked >&2
    fi
    cargo build --release --locked >&2
    rm -rf target/package-files
    target/release/posta package-files target/package-files >&2
    local deb
    deb=$(cargo deb --no-build --locked | tail -n 1)
    [ -f "$deb" ] || { echo "cargo deb made no package" >&2; exit 1; }
    realpath "$deb"
}

# What a distributor checks, then a real install, run and removal.
check_deb() {
    local deb=$1 sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # No test kit in the product: the screenshot pages and their fixture
    # are compiled only with the test-kit feature.
    local fixture_id
    fixture_id=$(sed -n 's/^Message-ID: //p' tests/fixtures/compose/original.eml)
    if strings target/release/posta | grep -q -e POSTA_SCREENSHOT -e "$fixture_id"; then
        echo "target/release/posta contains test kit (POSTA_SCREENSHOT or $fixture_id)" >&2
        exit 1
    fi
    desktop-file-validate packaging/org.posta.Posta.desktop
    # Infos (pedantic hints, tags newer than this appstream) pass; any
    # warning or error fails.
    local report
    report=$(appstreamcli validate --no-net --explain packaging/org.posta.Posta.metainfo.xml) || { echo "$report" >&2; exit 1; }
    if grep -q '^[WE]:' <<<"$report"; then echo "$report" >&2; exit 1; fi
    # lintian exits non-zero on errors; warnings are printed for a person.
    lintian --fail-on error "$deb" >&2
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q "$deb" >&2
    /usr/bin/posta --version
    /usr/bin/posta detect --bundled-only anna.nowak@interia.pl
    test -f /usr/share/icons/hicolor/scalable/apps/org.posta.Posta.svg
    test -f /usr/share/man/man1/posta.1.gz
    test -f /usr/share/posta/providers/interia.pl.xml
    local files
    files=$(dpkg -L posta)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get remove -y -q posta >&2
    local left=0 file
    while IFS= read -r file; do
        if [ -f "$file" ] || [ -L "$file" ]; then echo "left behind: $file" >&2; left=1; fi
    done <<<"$files"
    [ "$left" -eq 0 ] || exit 1
    if dpkg-query -W -f='${Status}' posta 2>/dev/null | grep -q "ok installed"; then
        echo "posta is still installed" >&2
        exit 1
    fi
    [ ! -e /usr/bin/posta ] || { echo "/usr/bin/posta is still there" >&2; exit 1; }
    echo "$deb: built, validated, installed, run and removed" >&2
}

# The OAuth2 tests' OpenID provider (npm oidc-provider, pinned by its lock
# file) into target/oidc-node, never into the source tree; the test kit
# (crates/posta-testkit/src/oidc.rs) skips `npm ci` while the marker
# matches the lock file.
oidc_provider() {
    local dir=target/oidc-node
    mkdir -p "$dir"
    cp crates/posta-testkit/oidc/package.json crates/posta-testkit/oidc/package-lock.json "$dir/"
    if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.posta-lock"; then
        (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts >/dev/null)
        cp "$dir/package-lock.json" "$dir/node_modules/.posta-lock"
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
        # Node.js for the test OpenID provider: the machine's own when it has
        # one (a nodesource build carries npm inside), else Debian's.
        command -v npm >/dev/null || install_missing nodejs npm
        need_cargo
        rustup component add rustfmt clippy >/dev/null 2>&1 || true
        oidc_provider
        cargo fmt --all --check
        # The product alone, without the test kit's features, must build too.
        cargo check --workspace --bins --locked
        cargo clippy --workspace --all-targets --locked -- -D warnings
        export ICED_TEST_BACKEND=tiny-skia
        # The tests use the real Secret Service: a private session bus with
        # an unlocked gnome-keyring, gone when the tests end. Its keyring
        # files live in a fresh directory, so a keyring left by anything else
        # (with another password) cannot stay locked.
        XDG_DATA_HOME="$(mktemp -d)"
        export XDG_DATA_HOME
        exec dbus-run-session -- sh -c \
            'echo -n posta-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && cargo test --locked --workspace --tests'

        ;;
    deb)
        install_missing "${build_packages[@]}" "${deb_packages[@]}"
        need_cargo
        build_deb
        ;;
    deb-test)
        install_missing "${build_packages[@]}" "${deb_packages[@]}" "${deb_test_packages[@]}"
        need_cargo
        deb=$(build_deb | tail -n 1)
        check_deb "$deb"
        ;;
    *)
        echo "usage: bash packaging/dev.sh run|test|deb|deb-test" >&2
        exit 2
        ;;
esac

#!/usr/bin/env bash
# Installs the Debian 12 packages Koers needs to build, test and run, when any is missing.
# Used by scripts/test.sh and scripts/run.sh; needs root or sudo only when something is missing.
#   deps.sh sanitizers   also the ASan/UBSan runtimes (.ci/run-sanitizers)
#   deps.sh fuzz         also clang and its libFuzzer runtime (scripts/fuzz.sh)
set -euo pipefail

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libgl-dev
    libsqlcipher-dev sqlcipher libzip-dev libssl-dev
    postgresql-15 libpq-dev openssl
    catch2
    xvfb xauth p7zip-full poppler-utils
    dpkg-dev file desktop-file-utils appstream groff-base
)
case "${1:-}" in
sanitizers) packages+=(libasan8 libubsan1) ;;
fuzz) packages+=(clang libclang-rt-14-dev) ;;
esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# The hub tests start throwaway clusters of their own; the package's default cluster (and its server
# process) is not wanted on a build machine.
if [[ " ${missing[*]} " == *" postgresql-15 "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    $sudo mkdir -p /etc/postgresql-common
    echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
fi
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends -o Dpkg::Options::=--force-confold "${missing[@]}"

#!/usr/bin/env bash
# Builds the Debian package from a finished build folder, unpacks it with `dpkg -x` into an empty folder and
# starts koers-cli from there; checks the package's name, dependencies and the files a desktop needs.
# Usage: deb-install-test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb="$work/out/koers_${version}_amd64.deb"
[ -f "$deb" ] || fail "no $deb (found: $(ls "$work/out"))"

depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6charts6 libsqlcipher0 libzip4 qt6-qpa-plugins qt6-translations-l10n; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep"
done

dpkg -x "$deb" "$work/root"
root="$work/root"
for f in usr/bin/koers usr/bin/koers-cli \
    usr/share/applications/koers.desktop usr/share/metainfo/nl.koers.Koers.metainfo.xml \
    usr/share/mime/packages/koers.xml usr/share/icons/hicolor/scalable/apps/koers.svg \
    usr/share/icons/hicolor/48x48/apps/koers.png usr/share/icons/hicolor/256x256/apps/koers.png \
    usr/share/man/man1/koers-cli.1.gz usr/share/man/man1/koers.1.gz \
    usr/share/doc/koers/copyright usr/share/doc/koers/handleiding.md; do
    [ -e "$root/$f" ] || fail "the package lacks /$f"
done

# The programs run from the unpacked folder: the version, and the Dutch texts compiled into the binary.
out=$("$root/usr/bin/koers-cli" --version)
[ "$out" = "koers-cli $version" ] || fail "--version printed '$out'"
# Captured first: `grep -q` leaves at the first match, and under pipefail the writer's SIGPIPE would fail the test.
help=$(LANG=nl_NL.UTF-8 LC_ALL= LANGUAGE= "$root/usr/bin/koers-cli" --help)
grep -q "Opdrachten" <<<"$help" || fail "no Dutch help text"
# ...and do real work: a new encrypted file, opened again.
printf 'test passphrase\ntest passphrase\n' | "$root/usr/bin/koers-cli" --db "$work/t.koers" init >/dev/null
echo 'test passphrase' | "$root/usr/bin/koers-cli" --db "$work/t.koers" check >/dev/null || fail "check"

desktop-file-validate "$root/usr/share/applications/koers.desktop" || fail "desktop file"
appstreamcli validate --no-net "$root/usr/share/metainfo/nl.koers.Koers.metainfo.xml" >/dev/null || fail "metainfo"
man=$(zcat "$root/usr/share/man/man1/koers-cli.1.gz")
grep -q "^\.TH KOERS-CLI 1 .* \"Koers $version\"" <<<"$man" || fail "man page version"
warnings=$(zcat "$root/usr/share/man/man1/koers-cli.1.gz" | groff -man -ww -z 2>&1)
[ -z "$warnings" ] || fail "man page: $warnings"
echo "OK: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

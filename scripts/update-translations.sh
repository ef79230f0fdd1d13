#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. Dutch gets every string; English only plural forms
# (the source strings are English). Fill in the new Dutch entries before committing: CI's reviewers and
# the before-stop check flag unfinished ones.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
"$lupdate" -locations none -no-obsolete core app ui -ts translations/koers_nl.ts
"$lupdate" -locations none -no-obsolete -pluralonly core app ui -ts translations/koers_en.ts

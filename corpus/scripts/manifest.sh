#!/usr/bin/env bash
# manifest.sh [--check]
#
# Rebuilds corpus/manifest.tsv (one row per article version: path, article, kind, generator, split,
# changed_lines) from the files under corpus/ and corpus/versions.tsv. With --check, writes nothing and
# exits 1 when the committed manifest is stale. A thin wrapper around `garblecheck manifest`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
exec bin/garblecheck manifest --corpus corpus "$@"

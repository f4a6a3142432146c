#!/usr/bin/env bash
# cold-start.sh [FILE] [RUNS]
#
# Times a cold single-article run of garblecheck (bin/garblecheck, as a user runs it) against LanguageTool's
# own command line on the same file, with hyperfine (apt-get install hyperfine).
#
# LanguageTool's command line is fetched with Maven into LT_CLI (default /tmp/lt-cli), not into our build.
# Maven Central has no languagetool-commandline 6.6 (only 2.2, 6.7 and 6.8), so the 6.7 command-line module
# (one small Main class) runs on languagetool-core and language-en 6.6, the versions garblecheck uses.
#
# The first bin/garblecheck run of a new jar records its class-data-sharing archive; hyperfine's warm-up
# run does that, so the timed runs are the ones every later run sees.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
file="${1:-$here/corpus/samples/damaged-sample.txt}"
runs="${2:-10}"
lt="${LT_CLI:-/tmp/lt-cli}"
command -v hyperfine >/dev/null || { echo "cold-start.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
if [ ! -d "$lt/lib" ]; then
  mkdir -p "$lt"
  cat > "$lt/pom.xml" <<'EOF'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>lt-cli</artifactId><version>1</version>
  <dependencyManagement><dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-core</artifactId><version>6.6</version></dependency>
  </dependencies></dependencyManagement>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>languagetool-commandline</artifactId><version>6.7</version>
      <exclusions><exclusion><groupId>org.languagetool</groupId><artifactId>language-all</artifactId></exclusion></exclusions>
    </dependency>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-en</artifactId><version>6.6</version></dependency>
  </dependencies>
</project>
EOF
  (cd "$lt" && mvn -B -q dependency:copy-dependencies -DoutputDirectory="$lt/lib")
fi
"$here/bin/garblecheck" --version >/dev/null   # builds the jar when it is missing or stale
hyperfine --warmup 1 --runs "$runs" -N \
  -n garblecheck "$here/bin/garblecheck score -q $file" \
  -n "LanguageTool CLI" "java -cp $lt/lib/* org.languagetool.commandline.Main -l en-US $file"

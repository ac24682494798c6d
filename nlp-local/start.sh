#!/usr/bin/env bash
# Starts the CoreNLP server (GPL-3.0, a separate process like the database) on NLP_PORT and waits until it answers.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${NLP_PORT:-9000}"
# The jars come from `mvn -q package` in nlp-local/ (Maven Central: CoreNLP and its English and French models).
[ -d "$here/target/lib" ] || (cd "$here" && mvn -q package)
java -Xmx"${NLP_HEAP:-5g}" -cp "$here/target/lib/*" edu.stanford.nlp.pipeline.StanfordCoreNLPServer \
  -port "$port" -timeout 120000 -threads "${NLP_THREADS:-2}" -quiet true >"${NLP_LOG:-/dev/null}" 2>&1 &
echo "$!" >"${NLP_PIDFILE:-$here/target/server.pid}"
# The server answers /ready once its socket is open; models load on the first request of each language.
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/ready" >/dev/null && { echo "CoreNLP ready on $port"; exit 0; }
  sleep 1
done
echo "CoreNLP did not answer on $port" >&2
exit 1

#!/usr/bin/env bash
# The README's two commands on a clean clone, timed: `npm install && npm start` (until /ready is 200)
# and, with --test, `npm install && npm test`. The Node to measure is the first on PATH.
# Usage: bash bench/first-run.sh [--test] [REPO]   (REPO: what to clone, default this project)
set -euo pipefail
run_tests=false
if [ "${1:-}" = "--test" ]; then run_tests=true; shift; fi
repo="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "${work}"' EXIT
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

git clone -q "${repo}" "${work}/clone"
cd "${work}/clone"
echo "machine's node: $(node --version) ($(command -v node)); npm $(npm --version)"
t0=$(date +%s)
npm install --no-audit --no-fund > "${work}/install.log" 2>&1
t1=$(date +%s)
echo "npm install: $((t1 - t0)) s, $(grep -c 'EBADENGINE Unsupported engine' "${work}/install.log" || true) EBADENGINE warnings"
grep 'solidarity-graph:' "${work}/install.log" || true
echo "scripts' node: $(npm exec -- node --version)"

port=$(free_port)
PORT=${port} NEO4J_LOCAL_PORT=$(free_port) npm start > "${work}/start.log" 2>&1 &
server=$!
started=true
until curl -sf "http://127.0.0.1:${port}/ready" > /dev/null; do
  if ! kill -0 "${server}" 2>/dev/null; then started=false; break; fi
  sleep 1
done
t2=$(date +%s)
if ${started}; then
  echo "npm start until /ready is 200: $((t2 - t1)) s (first start: launcher build, seed, warm-up)"
  grep -A4 'solidarity-graph ready' "${work}/start.log"
  kill -TERM "${server}"; wait "${server}" || true
else
  echo "npm start failed after $((t2 - t1)) s:"; tail -n 3 "${work}/start.log"
fi

if ${run_tests}; then
  npm test > "${work}/test.log" 2>&1 && status=0 || status=$?
  t3=$(date +%s)
  tail -n 3 "${work}/test.log"
  echo "npm test: $((t3 - t2)) s, exit ${status}"
fi

#!/bin/sh
# usage: hostile-memory.sh BINARY PORT [N] [ABORT_MB]
# Imports 200 ordinary releases and one hostile one (200,000 tags, a 2 MB
# title, a 4 MB body) with BINARY into a new data directory, serves it on
# 127.0.0.1:PORT, asks N (default 2000) distinct searches that all match
# the hostile release, each twice (so that the answer cache keeps it), and
# prints the server's resident memory every 100 searches and its peak
# (VmHWM) at the end. Stops early when the server passes ABORT_MB
# (default 4000) MB. Loopback only.
set -eu
bin=$1 port=$2 n=${3:-2000} abort=${4:-4000}
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=
python3 - "$work/archive.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as out:
    for i in range(200):
        out.write(json.dumps({"url": f"https://example.org/n/{i}", "agency": "Europol",
            "title": f"Ordinary hostile release {i}", "published": f"20{10 + i % 15:02d}-0{1 + i % 9}-1{i % 10}",
            "body": f"An ordinary hostile text number {i}."}) + "\n")
    out.write(json.dumps({"url": "https://example.org/hostile", "agency": "Europol",
        "title": "hostile " * (256 << 10), "published": "2024-02-15",
        "tags": [f"hostile tag {i}" for i in range(200_000)],
        "body": "A hostile paragraph of text.\n\n" * 140_000}) + "\n")
PY
"$bin" import --data "$work/data" "$work/archive.jsonl" 2>/dev/null
"$bin" serve --data "$work/data" --addr "127.0.0.1:$port" 2>/dev/null &
pid=$!
base="http://127.0.0.1:$port"
until curl -fsS "$base/readyz" >/dev/null 2>&1; do sleep 0.2; done
kb() { awk -v k="$1:" '$1 == k {print int($2 / 1024)}' /proc/$pid/status; }
curl -sS -o /dev/null -w "one search: %{size_download} bytes\n" "$base/api/v1/search?q=hostile&size=100"
i=0
while [ $i -lt "$n" ]; do
  to=$(date -u -d "2025-01-01 + $i days" +%F)
  curl -sS -o /dev/null "$base/api/v1/search?q=hostile&size=100&to=$to"
  curl -sS -o /dev/null "$base/api/v1/search?q=hostile&size=100&to=$to"
  i=$((i + 1))
  if [ $((i % 100)) -eq 0 ]; then
    echo "$i distinct searches: RSS $(kb VmRSS) MB, peak $(kb VmHWM) MB"
    [ "$(kb VmRSS)" -gt "$abort" ] && { echo "stopped: over $abort MB"; break; }
  fi
done
echo "peak RSS (VmHWM): $(kb VmHWM) MB after $i distinct searches"

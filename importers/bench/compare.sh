#!/bin/sh
# compare.sh — time `samkart summary DATASET` (load, build, summary: the
# whole process) against Python's csv module reading the same files without
# building anything (the floor for reading them at all), alternately, and
# print medians, MB/s and peak memory.
#
#   importers/bench/compare.sh DATASET [RUNS]     (RUNS ≥ 3, default 5)
#
# MB/s counts every .csv file of the folder (10^6 bytes). The machine is
# shared, so only figures from one alternating run are comparable.
set -eu

if [ $# -lt 1 ]; then
	echo "usage: $0 DATASET [RUNS]" >&2
	exit 2
fi
DATA=$(cd "$1" && pwd)
RUNS=${2:-5}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cd "$ROOT"
go build -o "$TMP/samkart" ./cmd/samkart
BYTES=$(cat "$DATA"/*.csv | wc -c)

cat >"$TMP/pycsv.py" <<'PY'
import csv, glob, os, sys
rows = 0
for name in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    with open(name, newline="", encoding="utf-8") as f:
        for _ in csv.reader(f):
            rows += 1
print(rows)
PY

# wall seconds and peak RSS (MiB) from a /usr/bin/time -v report
parse_time() {
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
		/Maximum resident set size/ { rss = $2 / 1024 }
		END { printf "%.3f %.1f\n", wall, rss }' "$1"
}

echo "dataset $DATA ($BYTES bytes), $RUNS alternating runs"
printf '%-4s %10s %10s %10s %10s\n' run python_s py_MiB samkart_s sk_MiB
: >"$TMP/rows"
i=1
while [ "$i" -le "$RUNS" ]; do
	/usr/bin/time -v -o "$TMP/py.time" /usr/bin/python3 "$TMP/pycsv.py" "$DATA" >/dev/null
	/usr/bin/time -v -o "$TMP/sk.time" "$TMP/samkart" summary "$DATA" >/dev/null 2>"$TMP/sk.err" ||
		{ cat "$TMP/sk.err" >&2; exit 1; }
	row="$i $(parse_time "$TMP/py.time") $(parse_time "$TMP/sk.time")"
	echo "$row" >>"$TMP/rows"
	echo "$row" | awk '{ printf "%-4s %10.3f %10.1f %10.3f %10.1f\n", $1, $2, $3, $4, $5 }'
	i=$((i + 1))
done

awk -v bytes="$BYTES" '
	function median(a, n,    i, j, t) {
		for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
		return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
	}
	{ n++; py[n] = $2; pm[n] = $3; sk[n] = $4; sm[n] = $5 }
	END {
		P = median(py, n); PM = median(pm, n); S = median(sk, n); SM = median(sm, n)
		printf "%-4s %10.3f %10.1f %10.3f %10.1f\n", "med", P, PM, S, SM
		printf "python csv %.0f MB/s; samkart summary %.0f MB/s end to end (%.2f of python'"'"'s time); peak %.0f MiB\n",
			bytes / P / 1e6, bytes / S / 1e6, S / P, SM
	}' "$TMP/rows"

#!/bin/sh
# compare.sh — time the whole `samkart metrics` process against python-igraph
# (the tool a user would otherwise pick, and samkart's yardstick) on one
# dataset, alternately, and print medians and ratios.
#
#   metrics/bench/compare.sh DATASET [RUNS]     (RUNS ≥ 3, default 3)
#
# Each run times, one after the other:
#   igraph   /usr/bin/python3 peers.py DATASET --lib igraph
#            --reps 1 --ops degree,btw,btw_w,closeness,harmonic,eigen,pagerank,
#            constraint,components,louvain
#            (its own "total": parse + build + the operations, as the anchor
#            figures 2.35 s on M and 713 s on L; and the whole process)
#   samkart  `samkart metrics DATASET --format json --quiet` when the command
#            exists (and SIDE is not "suite"), else metrics/bench/cmd/suite
#            (the same load, build and metrics.Compute, without the JSON:
#            see its doc), output to /dev/null
# under /usr/bin/time -v for wall time and peak RSS. The machine is shared,
# so only figures from one alternating run are comparable. peers.py, the
# timing script for the peer libraries, is not in the repository: PEERS
# names it, by default the one in the shared bench folder beside the
# repository, when present.
set -eu

if [ $# -lt 1 ]; then
	echo "usage: $0 DATASET [RUNS]" >&2
	exit 2
fi
DATA=$(cd "$1" && pwd)
RUNS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PEERS=${PEERS:-$ROOT/../shared/bench/peers.py}
if [ ! -f "$PEERS" ]; then
	echo "$0: no peers.py at $PEERS (PEERS names it)" >&2
	exit 2
fi
OPS=degree,btw,btw_w,closeness,harmonic,eigen,pagerank,constraint,components,louvain
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cd "$ROOT"
go build -o "$TMP/samkart" ./cmd/samkart
if [ "${SIDE:-}" != suite ] && "$TMP/samkart" metrics --help >/dev/null 2>&1; then
	TOOL="samkart metrics --format json --quiet"
	set -- "$TMP/samkart" metrics "$DATA" --format json --quiet
else
	go build -o "$TMP/suite" ./metrics/bench/cmd/suite
	TOOL="metrics/bench/cmd/suite"
	set -- "$TMP/suite" "$DATA"
fi

# wall seconds and peak RSS (MiB) from a /usr/bin/time -v report
parse_time() {
	awk -F': ' '
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
		/Maximum resident set size/ { rss = $2 / 1024 }
		END { printf "%.3f %.1f\n", wall, rss }' "$1"
}

echo "dataset $DATA, $RUNS alternating runs; samkart side: $TOOL"
printf '%-4s %12s %12s %10s %12s %10s\n' run igraph_total igraph_proc ig_MiB samkart_s sk_MiB
: > "$TMP/rows"
i=1
while [ "$i" -le "$RUNS" ]; do
	/usr/bin/time -v -o "$TMP/ig.time" /usr/bin/python3 "$PEERS" "$DATA" --lib igraph --reps 1 \
		--ops "$OPS" --json "$TMP/ig.json" >/dev/null 2>"$TMP/ig.err" || { cat "$TMP/ig.err" >&2; exit 1; }
	igtotal=$(/usr/bin/python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["median_s"]["total"])' "$TMP/ig.json")
	/usr/bin/time -v -o "$TMP/sk.time" "$@" >/dev/null 2>"$TMP/sk.err" || { cat "$TMP/sk.err" >&2; exit 1; }
	ig=$(parse_time "$TMP/ig.time")
	sk=$(parse_time "$TMP/sk.time")
	echo "$i $igtotal $ig $sk" >>"$TMP/rows"
	echo "$i $igtotal $ig $sk" | awk '{ printf "%-4s %12.3f %12.3f %10.1f %12.3f %10.1f\n", $1, $2, $3, $4, $5, $6 }'
	i=$((i + 1))
done

# medians and ratios
awk '
	function median(a, n,    i, j, t) {
		for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
		return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
	}
	{ n++; tot[n] = $2; proc[n] = $3; igm[n] = $4; sk[n] = $5; skm[n] = $6 }
	END {
		T = median(tot, n); P = median(proc, n); IM = median(igm, n); S = median(sk, n); SM = median(skm, n)
		printf "%-4s %12.3f %12.3f %10.1f %12.3f %10.1f\n", "med", T, P, IM, S, SM
		printf "ratio samkart/igraph: %.3f of igraph total, %.3f of the igraph process; peak memory %.2f\n", S / T, S / P, SM / IM
	}' "$TMP/rows"

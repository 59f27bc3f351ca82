#!/usr/bin/env bash
# make bench: every speed figure of mxpay, side by side with its baseline, in
# one run, against `mxpay emulator serve` on loopback (state in a temp dir).
#
#   sync transactions list --all -o csv, 100,000 and 1,000,000 rows, against
#     one keep-alive curl fetching the same pages into a file and a Python
#     script (requests + csv) paging with skip/limit; peak RSS of each
#   facti payments list --all -o csv, 100,000 payments, against one
#     keep-alive curl of the same pages; peak RSS
#   facti payments new --from-csv, 2,000 rows, 20 ms latency, --concurrency
#     16, and sync attachments get --all, 2,000 files, 20 ms latency,
#     --concurrency 16: each against the ideal rows x 20 ms / 16
#   mxpay version and mxpay --help against a hello-world Go binary built
#     the same way (CGO_ENABLED=0 -trimpath -ldflags "-s -w")
#   seeding 1,000,000 transactions, and the first query after serve starts
#
# Runs are interleaved (each repetition runs every contender in turn,
# rotating the order) and reported as median (min-max). BENCH_QUICK=1 is a
# shorter run for development: 100,000 rows only and fewer repetitions. The
# machine may be shared: the load average is printed before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

if [ -n "${BENCH_QUICK:-}" ]; then
	runs_export=3 runs_1m=0 runs_conc=3 runs_start=60
else
	runs_export=5 runs_1m=3 runs_conc=10 runs_start=300
fi
if [ ! -x /usr/bin/time ]; then # peak RSS comes from GNU time
	echo "installing Debian's time package for /usr/bin/time -v" >&2
	apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time; } >/dev/null
fi
command -v curl >/dev/null && command -v python3 >/dev/null || { echo "bench needs curl and python3" >&2; exit 1; }
python3 -c 'import requests' 2>/dev/null || { echo "bench needs python3's requests" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/mxpay-bench.XXXXXX")
pids=()
cleanup() {
	for p in "${pids[@]}"; do
		kill "$p" 2>/dev/null || true
		wait "$p" 2>/dev/null || true
	done
	rm -rf "$work"
}
trap cleanup EXIT
load_before=$(uptime)

# Isolation: no config, cache, keyring or data of the user's.
export XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data"
export MXPAY_CONFIG="$work/config/mxpay/config.yaml" MXPAY_LEDGER="$work/data/ledger.db" MXPAY_ENV=sandbox
unset MXPAY_PROFILE MXPAY_OUTPUT MXPAY_DEBUG MXPAY_EMULATOR_FAULTS
export MXPAY_SYNC_API_KEY=demo-sync-api-key
export MXPAY_FACTI_CLIENT_ID=demo-facti-client-id MXPAY_FACTI_API_KEY=demo-facti-api-key
export MXPAY_FACTI_COMPANY_ID=1 MXPAY_FACTI_FROM_RFC=EMU190101AB1

echo "building mxpay and hello-world (CGO_ENABLED=0 -trimpath -ldflags \"-s -w\")" >&2
mx="$work/mxpay"
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$mx" ./cmd/mxpay
mkdir -p "$work/hello"
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n' >"$work/hello/main.go"
(cd "$work/hello" && go mod init hello >/dev/null 2>&1 && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$work/hello-bin" .)
go build -o "$work/medianrun" ./scripts/medianrun

results="$work/results" # label wall_seconds peak_rss_kb
: >"$results"
# timeit LABEL OUT CMD...: one timed run, its stdout to OUT.
timeit() {
	local label=$1 out=$2
	shift 2
	if ! /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$out" 2>"$work/stderr"; then
		echo "$label failed:" >&2
		cat "$work/stderr" "$work/time" >&2
		exit 1
	fi
	echo "$label $(tail -n 1 "$work/time")" >>"$results"
}
# stat LABEL COLUMN: "median min max" of a column (2 wall, 3 rss) of LABEL's runs.
stat() {
	awk -v l="$1" -v c="$2" '$1==l{print $c}' "$results" | sort -g |
		awk '{v[NR]=$1} END{if(NR==0){print "- - -"; exit} printf "%s %s %s\n", (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2), v[1], v[NR]}'
}
serve_pid=""
# serve DB FAULTS: starts `mxpay emulator serve` on a free port; sets
# serve_pid, sync_base and facti_base.
serve() {
	local out="$work/serve.$RANDOM"
	MXPAY_EMULATOR_DB="$1" MXPAY_EMULATOR_FAULTS="$2" "$mx" emulator serve --addr 127.0.0.1:0 >"$out" 2>/dev/null &
	serve_pid=$!
	pids+=("$serve_pid")
	for _ in $(seq 400); do grep -q '^sync ' "$out" 2>/dev/null && break; sleep 0.05; done
	sync_base="$(awk '$1=="sync"{print $2}' "$out")/v1"
	facti_base="$(awk '$1=="facti"{print $2}' "$out")"
	[ "$sync_base" != "/v1" ] || { echo "emulator serve did not start" >&2; exit 1; }
	export MXPAY_SYNC_BASE_URL="$sync_base" MXPAY_FACTI_BASE_URL="$facti_base"
}
unserve() {
	kill "$serve_pid"
	wait "$serve_pid" 2>/dev/null || true
	serve_pid=""
}
token() { # a Sync session token for user $1
	curl -sf -X POST -H "Authorization: API_KEY api_key=$MXPAY_SYNC_API_KEY" -H 'Content-Type: application/json' \
		-d "{\"id_user\":\"$1\"}" "$sync_base/sessions" | sed 's/.*"token":"\([0-9a-f]*\)".*/\1/'
}
member() { sed "s/.*\"$1\":\"\{0,1\}\([^\",]*\)\"\{0,1\}[,}].*/\1/"; }

# --- data: one state file for the listings, seeded before serving ---------
db="$work/listings.db"
echo "seeding" >&2
sizes="100000"
[ "$runs_1m" -gt 0 ] && sizes="100000 1000000"
declare -A user seed_secs
for n in $sizes; do
	start=$(date +%s.%N)
	user[$n]=$(MXPAY_EMULATOR_DB="$db" "$mx" emulator seed sync --transactions "$n" -o json 2>/dev/null | member id_user)
	seed_secs[$n]=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
done
payments=100000
MXPAY_EMULATOR_DB="$db" "$mx" emulator seed facti --payments "$payments" -o json >/dev/null 2>&1

serve "$db" ""
# The first query after serve starts, against a later one (the largest user).
big=${sizes##* }
tok=$(token "${user[$big]}")
cold=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: TOKEN token=$tok" "$sync_base/transactions?skip=0&limit=1000")
warm=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: TOKEN token=$tok" "$sync_base/transactions?skip=1000&limit=1000")

# --- sync transactions list --all -o csv -----------------------------------
for n in $sizes; do
	echo "sync transactions, $n rows" >&2
	urls="$work/urls.$n"
	: >"$urls"
	for ((s = 0; s <= n; s += 1000)); do echo "url = \"$sync_base/transactions?skip=$s&limit=1000\"" >>"$urls"; done
	runs=$runs_export
	[ "$n" -ge 1000000 ] && runs=$runs_1m
	for ((i = 0; i < runs; i++)); do
		order="mxpay curl python"
		[ $((i % 3)) -eq 1 ] && order="curl python mxpay"
		[ $((i % 3)) -eq 2 ] && order="python mxpay curl"
		for who in $order; do
			case $who in
			mxpay) timeit "sync$n.mxpay" "$work/tx.csv" "$mx" sync transactions list --user "${user[$n]}" --all -o csv
				rows=$(($(wc -l <"$work/tx.csv") - 1))
				[ "$rows" -eq "$n" ] || { echo "mxpay printed $rows rows, want $n" >&2; exit 1; } ;;
			curl) tok=$(token "${user[$n]}")
				timeit "sync$n.curl" "$work/tx.json" curl -sf -H "Authorization: TOKEN token=$tok" -K "$urls" ;;
			python) tok=$(token "${user[$n]}")
				timeit "sync$n.python" /dev/null python3 scripts/bench/sync_export.py "$sync_base" "$tok" "$work/tx.py.csv" ;;
			esac
		done
	done
done

# --- facti payments list --all -o csv --------------------------------------
echo "facti payments, $payments" >&2
furls="$work/urls.facti"
: >"$furls"
form="client_id=$MXPAY_FACTI_CLIENT_ID&api_key=$MXPAY_FACTI_API_KEY&company_id=1&limit=200"
for ((since = 1; since <= payments + 1; since += 200)); do
	# mxpay's pages: the first without since_id, then the highest id + 1.
	data=$form
	[ "$since" -gt 1 ] && data="$form&since_id=$since"
	[ "$since" -gt 1 ] && echo next >>"$furls" # curl's --next: a new request, the same connection
	printf 'url = "%s/v1/payments/company_payments"\ndata = "%s"\n' "$facti_base" "$data" >>"$furls"
done
for ((i = 0; i < runs_export; i++)); do
	order="mxpay curl"
	[ $((i % 2)) -eq 1 ] && order="curl mxpay"
	for who in $order; do
		case $who in
		mxpay) timeit "facti.mxpay" "$work/pay.csv" "$mx" facti payments list --all -o csv
			rows=$(($(wc -l <"$work/pay.csv") - 1))
			[ "$rows" -eq "$payments" ] || { echo "mxpay printed $rows payments, want $payments" >&2; exit 1; } ;;
		curl) timeit "facti.curl" "$work/pay.json" curl -sf -K "$furls" ;;
		esac
	done
done
unserve

# --- bulk create and attachments download, 20 ms latency, c=16 -------------
bulk_rows=2000 files=2000
ideal_bulk=$(awk -v n=$bulk_rows 'BEGIN{print n*0.020/16}')
ideal_files=$(awk -v n=$files 'BEGIN{print n*0.020/16}')
{
	echo "folio,to_name,to_email,amount"
	for ((k = 1; k <= bulk_rows; k++)); do echo "$k,Cliente $k,c$k@example.mx,100.50"; done
} >"$work/bulk.csv"
att_db="$work/attachments.db"
att_user=$(MXPAY_EMULATOR_DB="$att_db" "$mx" emulator seed sync --transactions "$files" --attachments -o json 2>/dev/null | member id_user)
for ((i = 0; i < runs_conc; i++)); do
	echo "bulk and attachments, run $((i + 1)) of $runs_conc" >&2
	# A fresh emulator and journal each time: every run sends every row.
	run="$work/bulk.$i"
	mkdir -p "$run"
	cp "$work/bulk.csv" "$run/bulk.csv"
	serve "$run/emu.db" "facti:POST:/v1/payments/new_request:latency=20ms"
	MXPAY_LEDGER="$run/ledger.db" timeit "bulk" /dev/null "$mx" facti payments new --from-csv "$run/bulk.csv" --no-email --concurrency 16 -o csv
	unserve
	serve "$att_db" "sync:GET:/v1/attachments/:latency=20ms"
	timeit "attachments" /dev/null "$mx" sync attachments get --all --user "$att_user" --dir "$run/cfdi" --concurrency 16 -o csv
	got=$(find "$run/cfdi" -type f | wc -l)
	[ "$got" -eq "$files" ] || { echo "attachments get --all wrote $got files, want $files" >&2; exit 1; }
	unserve
	rm -rf "$run"
done

# --- start-up --------------------------------------------------------------
echo "start-up, $runs_start runs each" >&2
MEDIANRUN_TSV=1 "$work/medianrun" "$runs_start" "$work/hello-bin" -- "$mx" version -- "$mx" --help >"$work/startup"

# --- the table ---------------------------------------------------------------
load_after=$(uptime)
fmt_s() { awk -v m="$1" -v lo="$2" -v hi="$3" 'BEGIN{ if (m=="-") {print "-"; exit} printf "%.2f s (%.2f-%.2f)", m, lo, hi }'; }
fmt_mb() { awk -v m="$1" -v hi="$2" 'BEGIN{ printf "%.1f MB (max %.1f)", m/1024, hi/1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%.2fx", a/b }'; }
verdict() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN{ ok = (op=="<=" ? v<=g : v<g); print (ok ? "met" : "NOT met") }'; }
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@"; }

echo
echo "mxpay benchmarks ($(date -u +%Y-%m-%d), $(nproc) cores, Go $(go env GOVERSION))"
echo "load before: ${load_before#*load average: }; after: ${load_after#*load average: }"
echo
row "figure" "mxpay" "baseline" "ratio" "goal" "result"
row "---" "---" "---" "---" "---" "---"
for n in $sizes; do
	read -r m mlo mhi <<<"$(stat "sync$n.mxpay" 2)"
	read -r c clo chi <<<"$(stat "sync$n.curl" 2)"
	read -r p plo phi <<<"$(stat "sync$n.python" 2)"
	read -r rss _ rsshi <<<"$(stat "sync$n.mxpay" 3)"
	r=$(awk -v a="$m" -v b="$c" 'BEGIN{print a/b}')
	row "sync transactions list --all -o csv, $n rows" "$(fmt_s "$m" "$mlo" "$mhi")" "keep-alive curl $(fmt_s "$c" "$clo" "$chi")" "$(ratio "$m" "$c")" "<= 1.3x" "$(verdict "$r" "<=" 1.3)"
	r=$(awk -v a="$m" -v b="$p" 'BEGIN{print a/b}')
	row "same, against Python" "$(fmt_s "$m" "$mlo" "$mhi")" "Python $(fmt_s "$p" "$plo" "$phi")" "$(ratio "$m" "$p")" "< 1x" "$(verdict "$r" "<" 1)"
	row "same, peak RSS" "$(fmt_mb "$rss" "$rsshi")" "curl $(fmt_mb "$(stat "sync$n.curl" 3 | cut -d' ' -f1)" "$(stat "sync$n.curl" 3 | cut -d' ' -f3)"), Python $(fmt_mb "$(stat "sync$n.python" 3 | cut -d' ' -f1)" "$(stat "sync$n.python" 3 | cut -d' ' -f3)")" "" "< 60 MB" "$(verdict "$rsshi" "<" 61440)"
done
if [ "$runs_1m" -gt 0 ]; then
	small=$(stat sync100000.mxpay 3 | cut -d' ' -f1)
	large=$(stat sync1000000.mxpay 3 | cut -d' ' -f1)
	growth=$(awk -v a="$small" -v b="$large" 'BEGIN{print (b/a-1)*100}')
	row "peak RSS growth, 100,000 to 1,000,000 rows" "$(awk -v g="$growth" 'BEGIN{printf "%+.1f%%", g}')" "" "" "< 10%" "$(verdict "$growth" "<" 10)"
fi
read -r m mlo mhi <<<"$(stat facti.mxpay 2)"
read -r c clo chi <<<"$(stat facti.curl 2)"
read -r rss _ rsshi <<<"$(stat facti.mxpay 3)"
r=$(awk -v a="$m" -v b="$c" 'BEGIN{print a/b}')
row "facti payments list --all -o csv, $payments payments" "$(fmt_s "$m" "$mlo" "$mhi")" "keep-alive curl $(fmt_s "$c" "$clo" "$chi")" "$(ratio "$m" "$c")" "<= 1.5x" "$(verdict "$r" "<=" 1.5)"
row "same, peak RSS" "$(fmt_mb "$rss" "$rsshi")" "" "" "< 60 MB" "$(verdict "$rsshi" "<" 61440)"
for f in bulk attachments; do
	ideal=$ideal_bulk
	label="facti payments new --from-csv, $bulk_rows rows, 20 ms, c=16"
	if [ "$f" = attachments ]; then
		ideal=$ideal_files label="sync attachments get --all, $files files, 20 ms, c=16"
	fi
	read -r m mlo mhi <<<"$(stat "$f" 2)"
	within=$(awk -v l="$f" -v i="$ideal" '$1==l && $2 <= 1.25*i {n++} END{print n+0}' "$results")
	total=$(awk -v l="$f" '$1==l {n++} END{print n+0}' "$results")
	need=$(((total * 9 + 9) / 10))
	row "$label" "$(fmt_s "$m" "$mlo" "$mhi"), $within of $total within 1.25x" "ideal $(awk -v i="$ideal" 'BEGIN{printf "%.2f s", i}')" "$(ratio "$m" "$ideal") ($(ratio "$mlo" "$ideal")-$(ratio "$mhi" "$ideal"))" "<= 1.25x in 9 of 10" "$([ "$within" -ge "$need" ] && echo met || echo "NOT met")"
done
hello=$(awk -F'\t' 'NR==1{print $2}' "$work/startup")
hello_lo=$(awk -F'\t' 'NR==1{print $3}' "$work/startup")
hello_hi=$(awk -F'\t' 'NR==1{print $4}' "$work/startup")
for k in 2 3; do
	IFS=$'\t' read -r what m lo hi <<<"$(sed -n "${k}p" "$work/startup")"
	ms() { awk -v m="$1" -v lo="$2" -v hi="$3" 'BEGIN{printf "%.2f ms (%.2f-%.2f)", m*1000, lo*1000, hi*1000}'; }
	r=$(awk -v a="$m" -v b="$hello" 'BEGIN{print a/b}')
	row "mxpay ${what##*/mxpay }, $runs_start runs" "$(ms "$m" "$lo" "$hi")" "hello-world $(ms "$hello" "$hello_lo" "$hello_hi")" "$(ratio "$m" "$hello")" "<= 3x" "$(verdict "$r" "<=" 3)"
done
for n in $sizes; do
	row "emulator seed sync --transactions $n" "${seed_secs[$n]} s" "" "" "well under a minute" "$(verdict "${seed_secs[$n]}" "<" 30)"
done
row "first query after serve starts ($big rows), against the next" "$(awk -v s="$cold" 'BEGIN{printf "%.3f s", s}')" "$(awk -v s="$warm" 'BEGIN{printf "%.3f s", s}')" "$(ratio "$cold" "$warm")" "as fast" "-"

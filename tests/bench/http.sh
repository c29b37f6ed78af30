#!/usr/bin/env bash
# HTTP benchmark: a module step page from the site against the same page as a static file from nginx.
#
#   tests/bench/http.sh [--build-output]
#
# Publishes the site as it is deployed (Release, ReadyToRun; --build-output uses the existing Release build output
# instead), starts it (Production, bundled content, a throw-away key ring) and nginx on free
# loopback ports, makes a realistic progress cookie with a short journey (several modules read, a few answers
# saved), saves the step page's HTML as a static file for nginx with the same response headers, warms both up,
# then runs wrk against each with the same Cookie header, in three rounds: no compression, gzip (level 6 on
# both: the site's "Optimal") and Brotli (level 1 on both: the site's "Fastest").
# Prints requests per second, p50 and p99 latency, each server's CPU time per request, and the site's share of
# nginx's throughput.
#
# Settings (environment): BENCH_CONNECTIONS (64), BENCH_DURATION (10s), BENCH_WARMUP (5s), BENCH_THREADS (1),
# BENCH_PAGE (/modules/thoughts/2, a step with a saved answer; any other page is measured as it is),
# BENCH_NOTEBOOK (set to "full" for 100 words in every text box of the programme before measuring, so every request
# carries a full notebook's cookies), BENCH_PROFILE (a file: after the rounds, one more uncompressed run on the site
# sampled by perf, with JIT-compiled methods named, and the top of the profile printed; DOTNET_ReadyToRun=0 with
# --build-output names the framework's methods too), BENCH_ROUNDS (a space-separated subset of "identity gzip br",
# for quick comparisons). Needs wrk and nginx (apt-get install -y wrk nginx); Brotli on nginx needs
# libnginx-mod-http-brotli-filter, and the Brotli round is skipped without it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/servers.sh"

connections=${BENCH_CONNECTIONS:-64}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-1}
page=${BENCH_PAGE:-/modules/thoughts/2}
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so

require_packages wrk:wrk nginx:nginx
if [[ -n ${BENCH_PROFILE:-} ]]; then
  require_packages perf:linux-perf
  # The runtime writes /tmp/perf-PID.map so that perf can name JIT-compiled methods.
  export DOTNET_PerfMapEnabled=1
  # Without this the runtime maps JIT-compiled code twice (W^X) and perf sees only "memfd:doublemapper".
  export DOTNET_EnableWriteXorExecute=0
fi
make_work_dir bench-http
if [[ ${1:-} == --build-output ]]; then
  echo "using the Release build output: $site_dll"
else
  echo "publishing (Release, ReadyToRun) ..."
  publish_site
fi
start_site site --KeyRing:Path="$work_dir/keys" --KeyRing:AllowNewRing=true
wait_ready "$site_url"
echo "site: $site_url (pid $site_pid)"

# A person part-way through the programme: four modules read to the end, answers in four exercises, the last
# page they saw somewhere else (so every measured request also writes the cookie back, as moving on does).
jar="$work_dir/cookies"
get() { kv_curl "$jar" -f -o "$work_dir/last.html" "$site_url$1"; }
token() { grep -o 'name="__token" value="[^"]*"' "$work_dir/last.html" | head -1 | sed 's/.*value="//; s/"$//'; }
post() {
  local path=$1
  shift
  get "$path"
  local args=(--data-urlencode "__token=$(token)" --data-urlencode "go=save:page")
  for field in "$@"; do
    args+=(--data-urlencode "$field")
  done
  local status
  status=$(kv_curl "$jar" -o /dev/null -w '%{http_code}' "${args[@]}" "$site_url$path")
  [[ $status == 302 ]] || { echo "saving an answer on $path answered $status, not 302" >&2; exit 1; }
}
post_any() {
  local path=$1
  shift
  get "$path"
  local args=(--data-urlencode "__token=$(token)" --data-urlencode "go=save:page")
  for field in "$@"; do
    args+=(--data-urlencode "$field")
  done
  local status
  status=$(kv_curl "$jar" -o /dev/null -w '%{http_code}' "${args[@]}" "$site_url$path")
  [[ $status == 302 || $status == 200 ]] || { echo "saving answers on $path answered $status" >&2; exit 1; }
}
for module in welcome why-change the-law thoughts; do
  steps=$(curl -sf "$site_url/modules/$module" | grep -o "href=\"/modules/$module/[0-9]*\"" | sort -u | wc -l)
  for ((step = 1; step <= steps; step++)); do
    get "/modules/$module/$step"
  done
done
if [[ ${BENCH_NOTEBOOK:-} == full ]]; then
  # A full notebook (before the short journey's answers, which the page check below looks for): 100 words of the modules' own prose (never repeated) in every text box of the programme.
  read -r -a words <<<"$(sed -e '/^---$/,/^---$/d' -e '/^:::/,/^:::$/d' "$repo_root"/content/en/modules/*.md | tr -d '#*>[]()`|' | tr -s '[:space:]' ' ')"
  boxes=0
  for module_path in $(curl -sf "$site_url/modules" | grep -o 'href="/modules/[a-z0-9-]*"' | sed 's/href="//; s/"$//' | sort -u); do
    for step_path in $(curl -sf "$site_url$module_path" | grep -o "href=\"$module_path/[0-9]*\"" | sed 's/href="//; s/"$//' | sort -u); do
      get "$step_path"
      names=$(grep -o '<textarea[^>]*name="[^"]*"' "$work_dir/last.html" | sed 's/.*name="//; s/"$//' || true)
      [[ -n $names ]] || continue
      fields=()
      for form_id in $(grep -o 'name="forms" value="[^"]*"' "$work_dir/last.html" | sed 's/.*value="//; s/"$//' || true); do
        fields+=("forms=$form_id")
      done
      for name in $names; do
        boxes=$((boxes + 1))
        fields+=("$name=${words[*]:$((boxes * 100)):100}")
      done
      # The modules' own words can bring up the support message: saved, and shown again (200) rather than redirected.
      post_any "$step_path" "${fields[@]}"
    done
  done
  echo "full notebook: $boxes boxes of 100 words"
fi
sentence="When I feel low late at night I tell myself it does not matter, but it does, and I want to stop."
post /modules/why-change/2 forms=my-reasons "my-reasons.reasons=$sentence I want to be someone my family can trust." my-reasons.importance=9 my-reasons.confidence=5
post /modules/thoughts/2 forms=permission-thoughts permission-thoughts.groups=0 permission-thoughts.groups=3 "permission-thoughts.own-words=$sentence" permission-thoughts.true-in-urge=7 permission-thoughts.true-when-calm=3
post /modules/thoughts/3 forms=honest-answers "honest-answers.thought=Just this once." "honest-answers.left-out=A real child, and me." "honest-answers.answer=$sentence"
get /modules/urges/1
cookie=$(paste -sd';' "$jar" | sed 's/;/; /g')
[[ $cookie == *state=* ]] || { echo "the journey made no progress cookie" >&2; exit 1; }
echo "Cookie header: ${#cookie} characters"


# The page as the person sees it, saved for nginx with the site's response headers.
mkdir -p "$work_dir/www"
curl -sf -H "Cookie: $cookie" -o "$work_dir/www/page.html" -D "$work_dir/page.headers" "$site_url$page"
# The default page must show a saved answer (the point of the benchmark); BENCH_PAGE may name any page.
if [[ -z ${BENCH_PAGE:-} ]]; then
  grep -q 'class="form-block' "$work_dir/www/page.html" || { echo "$page has no exercise form" >&2; exit 1; }
  grep -qF "$sentence" "$work_dir/www/page.html" || { echo "$page does not show the saved answer" >&2; exit 1; }
fi
chmod -R a+rX "$work_dir/www"
header() { grep -i "^$1:" "$work_dir/page.headers" | head -1 | cut -d' ' -f2- | tr -d '\r'; }

nginx_port=$(free_port)
brotli_on=false
{
  if [[ -f $brotli_module ]]; then
    echo "load_module $brotli_module;"
    brotli_on=true
  fi
  nginx_preamble
  cat <<EOF
http {
$(nginx_http_common)
    types { text/html html; }
    server_tokens off;
    # A full notebook's Cookie header is about 24 KB; nginx's default (8 KB lines) would answer 400 (deployment.md).
    large_client_header_buffers 4 48k;
    gzip on;
    gzip_comp_level 6;
    gzip_types text/html;
    gzip_min_length 256;
$([[ $brotli_on == true ]] && printf '    brotli on;\n    brotli_comp_level 1;\n    brotli_types text/html;\n')
    server {
        listen 127.0.0.1:$nginx_port;
        root $work_dir/www;
        location = $page {
            default_type "text/html; charset=utf-8";
            try_files /page.html =404;
            add_header Cache-Control "$(header Cache-Control)" always;
            add_header Pragma "no-cache" always;
            add_header X-Frame-Options "DENY" always;
            add_header Content-Security-Policy "$(header Content-Security-Policy)" always;
            add_header Referrer-Policy "no-referrer" always;
            add_header X-Content-Type-Options "nosniff" always;
            add_header Permissions-Policy "$(header Permissions-Policy)" always;
            add_header Cross-Origin-Opener-Policy "same-origin" always;
            add_header Cross-Origin-Resource-Policy "same-origin" always;
        }
    }
}
EOF
} >"$work_dir/nginx.conf"
start_nginx "$work_dir/nginx.conf"
wait_port "$nginx_port"
nginx_url="http://127.0.0.1:$nginx_port"
curl -sf -o /dev/null "$nginx_url$page" || { echo "nginx does not serve $page:" >&2; cat "$work_dir/nginx.log" >&2; exit 1; }

# wrk's latency lines look like "50%  812.00us" or "99%   12.34ms": convert to milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
    printf "%.2f", n }'
}

# CPU seconds (user + system) used so far by the given processes.
cpu_seconds() {
  local pid total=0
  for pid in "$@"; do
    total=$(awk -v t="$total" -v hz="$(getconf CLK_TCK)" '{ printf "%.4f", t + ($14 + $15) / hz }' "/proc/$pid/stat")
  done
  echo "$total"
}

# run NAME URL ACCEPT_ENCODING PID...: one measured wrk run; sets rps, p50, p99, errors and cpu (microseconds of
# the server's CPU time per request: steadier than requests per second when other work shares the machine).
run() {
  local name=$1 url=$2 encoding=$3 out="$work_dir/wrk-$1.txt" before after requests
  shift 3
  local headers=(-H "Cookie: $cookie")
  [[ -n $encoding ]] && headers+=(-H "Accept-Encoding: $encoding")
  before=$(cpu_seconds "$@")
  wrk -t"$threads" -c"$connections" -d"$duration" --latency "${headers[@]}" "$url" >"$out"
  after=$(cpu_seconds "$@")
  requests=$(awk '/ requests in / { print $1 }' "$out")
  cpu=$(awk -v a="$before" -v b="$after" -v n="$requests" 'BEGIN { printf "%.0f", (n > 0 ? (b - a) * 1e6 / n : 0) }')
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
}

check_encoding() {
  local url=$1 encoding=$2 got
  got=$(curl -s -o /dev/null -D - -H "Cookie: $cookie" -H "Accept-Encoding: $encoding" "$url" | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }' | tr -d '\r')
  echo "${got:-identity}"
}

rounds=("identity:" "gzip:gzip")
[[ $brotli_on == true ]] && rounds+=("br:br")
if [[ -n ${BENCH_ROUNDS:-} ]]; then
  # Only the named rounds (for quick comparisons while working), in the order above.
  wanted=" $BENCH_ROUNDS "
  kept=()
  for round in "${rounds[@]}"; do [[ $wanted == *" ${round%%:*} "* ]] && kept+=("$round"); done
  rounds=("${kept[@]}")
fi
results=()
echo
echo "page $page, cookie ${#cookie} bytes, page $(wc -c <"$work_dir/www/page.html") bytes"
echo "wrk -t$threads -c$connections -d$duration --latency; warm-up $warmup per server and round"
echo "$(nproc) CPUs; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in "${rounds[@]}"; do
  name=${round%%:*}
  encoding=${round#*:}
  site_encoding=$(check_encoding "$site_url$page" "$encoding")
  nginx_encoding=$(check_encoding "$nginx_url$page" "$encoding")
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Cookie: $cookie" ${encoding:+-H "Accept-Encoding: $encoding"} "$site_url$page" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Cookie: $cookie" ${encoding:+-H "Accept-Encoding: $encoding"} "$nginx_url$page" >/dev/null
  run "site-$name" "$site_url$page" "$encoding" "$site_pid"
  site=("$rps" "$p50" "$p99" "$errors" "$cpu")
  # shellcheck disable=SC2046
  run "nginx-$name" "$nginx_url$page" "$encoding" "$nginx_pid" $(pgrep -P "$nginx_pid")
  nginx=("$rps" "$p50" "$p99" "$errors" "$cpu")
  ratio=$(awk -v a="${site[0]}" -v b="${nginx[0]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  results+=("$(printf '| %-8s | %-8s | %8s | %7s | %7s | %6s | %7s | %9s | %7s | %7s | %6s | %7s | %5s |' \
    "$name" "$site_encoding" "${site[0]}" "${site[1]}" "${site[2]}" "${site[3]}" "${site[4]}" \
    "${nginx[0]}" "${nginx[1]}" "${nginx[2]}" "${nginx[3]}" "${nginx[4]}" "$ratio")")
done

if [[ -n ${BENCH_PROFILE:-} ]]; then
  # One more uncompressed run on the site alone, sampled by perf (on-CPU time only, every thread, with call graphs).
  wrk -t"$threads" -c"$connections" -d"$duration" -H "Cookie: $cookie" "$site_url$page" >/dev/null &
  wrk_pid=$!
  perf record -q -F 499 -g -p "$site_pid" -o "$BENCH_PROFILE" -- sleep "${duration%s}" 2>/dev/null
  wait "$wrk_pid"
  echo
  echo "CPU profile of the site: $BENCH_PROFILE (perf report -i $BENCH_PROFILE --no-children --sort symbol)"
  perf report -i "$BENCH_PROFILE" --stdio --no-children --sort symbol -g none --percent-limit 0.7 2>/dev/null | grep -v '^#' | grep -v '^$' | head -40
fi

echo
printf '| %-8s | %-8s | %8s | %7s | %7s | %6s | %7s | %9s | %7s | %7s | %6s | %7s | %5s |\n' \
  round encoding "site rps" "p50 ms" "p99 ms" errors "CPU µs" "nginx rps" "p50 ms" "p99 ms" errors "CPU µs" ratio
echo "|----------|----------|---------:|--------:|--------:|-------:|--------:|----------:|--------:|--------:|-------:|--------:|------:|"
printf '%s\n' "${results[@]}"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "ratio = site requests per second / nginx requests per second, measured in the same run."
echo "CPU µs = the server's own CPU time (user + system) per request during the run."

#!/usr/bin/env bash
# Scale-out test: two instances of the site behind nginx (round robin, no sticky sessions), sharing one Data
# Protection key ring in Redis, all on 127.0.0.1 and free ports.
#
#   tests/scaleout/run.sh [--no-build]
#
# 1. A journey that alternates between the instances keeps its progress: a form from one instance is posted to
#    the other, and what was saved reads back on both, directly and through nginx.
# 2. Under load through nginx (simulated people saving answers and reading them back, plus wrk), one instance is
#    killed with SIGKILL. Only requests in flight to it may fail (they are counted and reported); no saved answer
#    is lost, and every person's progress reads back from the surviving instance.
#
# Prints one line per check and ends with `scaleout: N passed, N failed`; exits 1 if any check failed.
# Needs nginx, redis-server and wrk (installed with apt-get when missing and the script may).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/servers.sh"

people=${SCALEOUT_PEOPLE:-12}
load_seconds=${SCALEOUT_SECONDS:-8}
kill_after=${SCALEOUT_KILL_AFTER:-3}
page=/modules/thoughts/2
form=permission-thoughts

passed=0
failed=0
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok     $name"
  else
    failed=$((failed + 1))
    echo "FAILED $name"
  fi
}
finish() {
  echo
  echo "scaleout: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit $?
}
abort() {
  failed=$((failed + 1))
  echo "FAILED $*"
  for log in "$work_dir"/*.log; do
    [[ -f $log ]] && { echo "--- $(basename "$log")"; tail -15 "$log"; }
  done
  finish
}

require_packages nginx:nginx redis-server:redis-server wrk:wrk || abort "nginx, redis-server and wrk are needed"
if [[ ${1:-} != --no-build ]]; then
  dotnet build "$repo_root/src/SelfHelp.Web" -c Release -v quiet -nologo | tail -2
fi
make_work_dir scaleout

# Redis, in memory only.
redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --dir "$work_dir" >"$work_dir/redis.log" 2>&1 &
redis_pid=$!
started_pids+=("$redis_pid")
wait_port "$redis_port" || abort "redis-server did not start"

# The first instance may create the key ring in Redis (as on a first deployment); the second starts once it exists
# and may never create one (see docs/deployment.md).
redis_settings=(--KeyRing:Redis="127.0.0.1:$redis_port" --KeyRing:Path="$work_dir/unused-key-folder" --Feedback:Store=Redis)
start_site a "${redis_settings[@]}" --KeyRing:AllowNewRing=true || abort "instance a did not start"
a_url=$site_url a_pid=$site_pid
wait_ready "$a_url" || abort "instance a is not ready"
start_site b "${redis_settings[@]}" || abort "instance b did not start"
b_url=$site_url b_pid=$site_pid
wait_ready "$b_url" || abort "instance b is not ready"
a_port=${a_url##*:} b_port=${b_url##*:}
echo "redis 127.0.0.1:$redis_port, instance a $a_url, instance b $b_url"

nginx_port=$(free_port)
limited_port=$(free_port)
{
  nginx_preamble
  cat <<EOF
http {
$(nginx_http_common)
    # As docs/deployment.md: posts limited per client (here one a minute), and a post refused as one too many handed
    # on to the site, marked, so that the site answers with its own page and the person's words (ADR 0013).
    map \$request_method \$selfhelp_post_client {
        POST    \$binary_remote_addr;
        default "";
    }
    limit_req_zone \$selfhelp_post_client zone=selfhelp_posts:1m rate=1r/m;
    upstream selfhelp {
        server 127.0.0.1:$a_port max_fails=1 fail_timeout=30s;
        server 127.0.0.1:$b_port max_fails=1 fail_timeout=30s;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        # As docs/deployment.md: a full notebook's cookies must fit one header buffer (ADR 0002).
        client_max_body_size 1m;
        large_client_header_buffers 4 48k;
        location / {
            proxy_pass http://selfhelp;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            # For this test only: which instance answered.
            add_header X-Upstream \$upstream_addr always;
        }
    }
    server {
        listen 127.0.0.1:$limited_port;
        client_max_body_size 1m;
        large_client_header_buffers 4 48k;
        location / {
            limit_req zone=selfhelp_posts nodelay;
            limit_req_status 429;
            error_page 429 = @refused;
            proxy_pass http://selfhelp;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
        location @refused {
            proxy_pass http://selfhelp;
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-SelfHelp-Refused 1;
        }
    }
}
EOF
} >"$work_dir/nginx.conf"
start_nginx "$work_dir/nginx.conf"
wait_port "$nginx_port" || abort "nginx did not start"
lb="http://127.0.0.1:$nginx_port"
echo "nginx $lb (round robin)"
echo

# --- helpers: a person is a cookie jar ---------------------------------------------------------------------------

# fetch JAR URL OUT: GET with the person's cookies; prints the status and the instance that answered.
fetch() {
  curl -s -b "$1" -c "$1" -o "$3" -D "$3.headers" -w '%{http_code}' "$2"
}
token_of() { grep -o 'name="__token" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
upstream_of() { awk -F': ' 'tolower($1) == "x-upstream" { print $2 }' "$1.headers" | tr -d '\r'; }
# save JAR BASE_URL ANSWER: loads the form from BASE_URL and posts the answer to POST_URL (default the same).
save() {
  local jar=$1 from=$2 answer=$3 to=${4:-$2} out
  out=$(mktemp "$work_dir/page-XXXXXX")
  [[ $(fetch "$jar" "$from$page" "$out") == 200 ]] || { echo "get"; return; }
  curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' \
    --data-urlencode "__token=$(token_of "$out")" --data-urlencode "forms=$form" --data-urlencode "$form.own-words=$answer" \
    --data-urlencode "go=save:$form" "$to$page"
}
shows() {
  local jar=$1 url=$2 answer=$3 out
  out=$(mktemp "$work_dir/page-XXXXXX")
  [[ $(fetch "$jar" "$url/my-answers" "$out") == 200 ]] && grep -qF "$answer" "$out"
}

# --- 1. a journey that alternates between the instances ---------------------------------------------------------

jar="$work_dir/journey.jar"
key_ring_in_redis() { [[ $(redis-cli -p "$redis_port" LLEN SelfHelp-DataProtection-Keys) -ge 1 && ! -e $work_dir/unused-key-folder ]]; }
check "key ring is in Redis, not in a folder" key_ring_in_redis
check "form from instance a, posted to instance b, is saved" [ "$(save "$jar" "$a_url" "first answer from a journey" "$b_url")" == 302 ]
check "the answer saved by b reads back on a" shows "$jar" "$a_url" "first answer from a journey"
check "and on b" shows "$jar" "$b_url" "first answer from a journey"
check "a form from b posted to a is saved" [ "$(save "$jar" "$b_url" "second answer, saved the other way" "$a_url")" == 302 ]
check "the newer answer reads back on b" shows "$jar" "$b_url" "second answer, saved the other way"

seen=""
all_show=true
for i in 1 2 3 4 5 6; do
  out="$work_dir/lb-$i.html"
  if [[ $(fetch "$jar" "$lb/my-answers" "$out") != 200 ]] || ! grep -qF "second answer, saved the other way" "$out"; then
    all_show=false
  fi
  seen+="$(upstream_of "$out") "
done
echo "       instances that answered through nginx: $seen"
both_answered() { [[ $seen == *":$a_port "* && $seen == *":$b_port "* ]]; }
check "nginx alternates between both instances" both_answered
check "every response through nginx shows the saved answer" $all_show
check "saving through nginx works" [ "$(save "$jar" "$lb" "third answer, through the load balancer")" == 302 ]
shows_on_both() { shows "$jar" "$a_url" "$1" && shows "$jar" "$b_url" "$1"; }
check "and reads back on both instances" shows_on_both "third answer, through the load balancer"

# nginx's own per-client limit (one post a minute here): the second save is refused by nginx, and the person gets the
# site's "please wait" page with the safety panel and their words in a box to save again, not nginx's bare page.
limited="http://127.0.0.1:$limited_port"
save "$jar" "$limited" "fourth answer, before the limit of nginx" >/dev/null
refused_page="$work_dir/refused.html"
refused_status() {
  local out
  out=$(mktemp "$work_dir/page-XXXXXX")
  [[ $(fetch "$jar" "$limited$page" "$out") == 200 ]] || { echo "get"; return; }
  curl -s -b "$jar" -c "$jar" -o "$refused_page" -w '%{http_code}' \
    --data-urlencode "__token=$(token_of "$out")" --data-urlencode "forms=$form" \
    --data-urlencode "$form.own-words=fifth answer, refused by nginx & given back" --data-urlencode "go=save:$form" "$limited$page"
}
gives_back() {
  grep -q 'id="safety"' "$refused_page" \
    && grep -qF "name=\"$form.own-words\" rows=\"5\">fifth answer, refused by nginx &amp; given back</textarea>" "$refused_page"
}
check "a post nginx refuses as one too many gets 429 from the site" [ "$(refused_status)" == 429 ]
check "with the safety panel and the words in a box to save again" gives_back
check "and the answer saved before is still the saved one" shows "$jar" "$lb" "fourth answer, before the limit of nginx"

# A full notebook through nginx: 100 words in every text box of the programme, saved page by page through the
# load balancer (so on both instances), then every answer read back from My answers.
words=()
read -r -a words <<<"$(sed -e '/^---$/,/^---$/d' -e '/^:::/,/^:::$/d' "$repo_root"/content/en/modules/*.md | tr -d '#*>[]()`|' | tr -s '[:space:]' ' ')"
notebook="$work_dir/notebook.cookies"
boxes=0
saved_pages=0
for module_path in $(curl -s "$lb/modules" | grep -o 'href="/modules/[a-z0-9-]*"' | sed 's/href="//; s/"$//' | sort -u); do
  for step_path in $(curl -s "$lb$module_path" | grep -o "href=\"$module_path/[0-9]*\"" | sed 's/href="//; s/"$//' | sort -u); do
    out="$work_dir/notebook-page.html"
    [[ $(kv_curl "$notebook" -o "$out" -w '%{http_code}' "$lb$step_path") == 200 ]] || continue
    names=$(grep -o '<textarea[^>]*name="[^"]*"' "$out" | sed 's/.*name="//; s/"$//')
    [[ -n $names ]] || continue
    args=(--data-urlencode "__token=$(token_of "$out")" --data-urlencode "go=save:page")
    for form_id in $(grep -o 'name="forms" value="[^"]*"' "$out" | sed 's/.*value="//; s/"$//'); do
      args+=(--data-urlencode "forms=$form_id")
    done
    for name in $names; do
      boxes=$((boxes + 1))
      args+=(--data-urlencode "$name=box-$boxes ${words[*]:$((boxes * 100)):100}")
    done
    # The modules' own words about harm can bring up the support message: saved, and shown again (200).
    status=$(kv_curl "$notebook" -o /dev/null -w '%{http_code}' "${args[@]}" "$lb$step_path")
    [[ $status == 302 || $status == 200 ]] && saved_pages=$((saved_pages + 1))
  done
done
notebook_cookies=$(paste -sd';' "$notebook" | sed 's/;/; /g' | wc -c)
out="$work_dir/notebook-answers.html"
kv_curl "$notebook" -o "$out.raw" "$lb/my-answers"
python3 -c 'import html, sys; sys.stdout.write(html.unescape(sys.stdin.read()))' <"$out.raw" >"$out"
found=0
for ((i = 1; i <= boxes; i++)); do
  grep -qF "box-$i ${words[*]:$((i * 100)):100}" "$out" && found=$((found + 1))
done
echo "       full notebook: $boxes boxes on $saved_pages pages, Cookie header about $notebook_cookies characters; read back through nginx: $found"
check "a full notebook (77 boxes of 100 words) is saved through nginx" [ "$boxes" -ge 77 ]
check "every answer of the full notebook reads back through nginx" [ "$found" -eq "$boxes" ]

# --- 2. kill one instance under load ----------------------------------------------------------------------------

# person N: save an answer, read it back, again and again until the deadline. Writes what happened to files.
person() {
  local n=$1 deadline=$2 jar="$work_dir/person-$1.jar" k=0 status expected out
  # Each line holds the time the request started, so that one in flight when the instance died is told apart
  # from one sent afterwards, however slowly this machine runs the script.
  local started
  while (($(date +%s%N) < deadline)); do
    k=$((k + 1))
    started=$(date +%s%N)
    status=$(save "$jar" "$lb" "answer $k of person $n")
    echo "$started post $status" >>"$work_dir/person-$n.requests"
    if [[ $status == 302 ]]; then
      echo "answer $k of person $n" >"$work_dir/person-$n.saved"
    fi
    if [[ -f $work_dir/person-$n.saved ]]; then
      expected=$(cat "$work_dir/person-$n.saved")
      started=$(date +%s%N)
      if shows "$jar" "$lb" "$expected"; then
        echo "$started read 200" >>"$work_dir/person-$n.requests"
      else
        echo "$started read lost-or-failed" >>"$work_dir/person-$n.requests"
        # A failed request is allowed; a successful page without the saved answer is lost progress.
        out=$(mktemp "$work_dir/page-XXXXXX")
        if [[ $(fetch "$jar" "$lb/my-answers" "$out") == 200 ]] && ! grep -qF "$expected" "$out"; then
          echo "$expected" >>"$work_dir/person-$n.lost"
        fi
      fi
    fi
  done
}

for ((n = 1; n <= people; n++)); do
  [[ $(save "$work_dir/person-$n.jar" "$lb" "answer 0 of person $n") == 302 ]] && echo "answer 0 of person $n" >"$work_dir/person-$n.saved"
done
cookie=$(sed 's/^#HttpOnly_//' "$work_dir/person-1.jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }')

deadline=$(($(date +%s%N) + load_seconds * 1000000000))
wrk -t1 -c8 -d"${load_seconds}s" -H "Cookie: $cookie" "$lb$page" >"$work_dir/wrk.txt" 2>&1 &
wrk_pid=$!
person_pids=()
for ((n = 1; n <= people; n++)); do
  person "$n" "$deadline" &
  person_pids+=($!)
done
sleep "$kill_after"
kill_time=$(date +%s%N)
{ kill -KILL "$b_pid" && wait "$b_pid"; } 2>/dev/null
echo "       killed instance b (pid $b_pid) ${kill_after}s into a ${load_seconds}s load"
wait "${person_pids[@]}"
wait "$wrk_pid"

requests=$(cat "$work_dir"/person-*.requests | wc -l)
failures=$(cat "$work_dir"/person-*.requests | awk '$2 == "post" && $3 != 302 || $2 == "read" && $3 != 200' | wc -l)
after_kill=$(cat "$work_dir"/person-*.requests | awk -v t="$kill_time" '$1 > t + 1000000000 && ($2 == "post" && $3 == 302 || $2 == "read" && $3 == 200)' | wc -l)
late_failures=$(cat "$work_dir"/person-*.requests | awk -v t="$kill_time" '$1 > t + 2000000000 && ($2 == "post" && $3 != 302 || $2 == "read" && $3 != 200)' | wc -l)
lost=$(cat "$work_dir"/person-*.lost 2>/dev/null | wc -l)
wrk_requests=$(awk '/requests in/ { print $1 }' "$work_dir/wrk.txt")
wrk_errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work_dir/wrk.txt")
echo "       people: $people, requests: $requests, failed: $failures (at most one in flight per person), succeeded more than 1 s after the kill: $after_kill"
echo "       wrk through nginx: ${wrk_requests:-0} requests, $wrk_errors failed (8 connections)"
cat "$work_dir"/person-*.requests | awk '$2 == "post" && $3 != 302 || $2 == "read" && $3 != 200 { print "       failed: " $2 " " $3 }' | sort | uniq -c

check "the site kept answering after the kill" [ "$after_kill" -gt 0 ]
check "only requests in flight to the killed instance failed (≤ 1 per person)" [ "$failures" -le "$people" ]
check "no request sent 2 s or more after the kill failed" [ "$late_failures" -eq 0 ]
check "wrk: only requests in flight failed (≤ 8)" [ "$wrk_errors" -le 8 ]
check "no saved answer went missing" [ "$lost" -eq 0 ]

readback=0
for ((n = 1; n <= people; n++)); do
  if [[ -f $work_dir/person-$n.saved ]] && shows "$work_dir/person-$n.jar" "$a_url" "$(cat "$work_dir/person-$n.saved")"; then
    readback=$((readback + 1))
  fi
done
echo "       progress read back from instance a: $readback of $people people"
check "every person's last saved answer reads back from the surviving instance" [ "$readback" -eq "$people" ]
check "/readyz through nginx still answers 200" [ "$(curl -s -o /dev/null -w '%{http_code}' "$lb/readyz")" == 200 ]

finish

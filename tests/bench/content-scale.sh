#!/usr/bin/env bash
# Content scale: how long the site takes to be ready, and how much memory it holds, with the bundled programme
# and with 200 and 2,000 modules.
#
#   tests/bench/content-scale.sh [--build-output]
#
# The site is published as it is deployed (Release, ReadyToRun); --build-output uses the existing Release build
# output instead (slower to start: its code is compiled just in time).
#
# The extra modules are copies of the bundled ones with their own ids, titles, order and exercise codes (links
# still lead to the bundled modules, which stay in the folder), so every generated folder passes the content
# check. 'order' only goes up to 999, so beyond 999 modules orders repeat and the site warns about each repeat
# (about a thousand warnings in the log at 2,000 modules: part of what is measured).
#
# For each size the site is started (Production) and timed from the process's start until /readyz answers 200;
# its CPU time at that moment and RSS (after a few page requests) are read from /proc. Each size is measured RUNS
# times (3) and the median printed. Settings (environment): SCALE_SIZES ("bundled 200 2000"), RUNS (3).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/servers.sh"

sizes=${SCALE_SIZES:-bundled 200 2000}
runs=${RUNS:-3}

make_work_dir bench-content
dotnet build "$repo_root/src/SelfHelp.ContentCheck" -c Release -v quiet -nologo >"$work_dir/build.log" 2>&1 || { cat "$work_dir/build.log"; exit 1; }
if [[ ${1:-} == --build-output ]]; then
  echo "using the Release build output: $site_dll"
else
  echo "publishing (Release, ReadyToRun) ..."
  publish_site
fi

bundled="$repo_root/content/en"
bundled_count=$(find "$bundled/modules" -name '*.md' | wc -l)

# generate COUNT: a language folder with the bundled modules and copies up to COUNT modules in all.
generate() {
  local count=$1 folder="$work_dir/content-$1/en"
  mkdir -p "$folder/modules"
  cp "$bundled/helplines.yml" "$bundled/distress.yml" "$folder/"
  cp "$bundled/modules/"*.md "$folder/modules/"
  local templates=("$bundled/modules/"*.md)
  for ((i = 1; i <= count - bundled_count; i++)); do
    local template=${templates[$(((i - 1) % ${#templates[@]}))]}
    awk -v i="$i" '
      BEGIN { fences = 0; code = 0 }
      /^---[[:space:]]*$/ && fences < 2 { fences++; print; next }
      fences == 1 && /^id:/ { print $0 "-copy-" i; next }
      fences == 1 && /^title:/ { print $0 " (copy " i ")"; next }
      fences == 1 && /^order:/ { print "order: " 15 + (i - 1) % 985; next }
      fences == 1 && /^aliases:/ { skipping = 1; next }
      fences == 1 && skipping && /^[[:space:]]+-/ { next }
      { skipping = 0 }
      fences >= 2 && /^code:/ { code++; printf "code: G%04d-%d\n", i, code; next }
      { print }
    ' "$template" >"$folder/modules/$(printf 'g%04d' "$i")-$(basename "$template")"
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

results=()
for size in $sizes; do
  if [[ $size == bundled ]]; then
    folder=$bundled
    count=$bundled_count
  else
    generate "$size"
    folder="$work_dir/content-$size/en"
    count=$size
    # The generated content must be valid, or the site would refuse to start (and the numbers would mean nothing).
    if ! dotnet "$repo_root/src/SelfHelp.ContentCheck/bin/Release/net10.0/SelfHelp.ContentCheck.dll" "$folder" >"$work_dir/check-$size.txt" 2>&1; then
      echo "generated content with $size modules does not pass the content check:" >&2
      tail -20 "$work_dir/check-$size.txt" >&2
      exit 1
    fi
  fi

  ready_ms=()
  cpu_ms=()
  rss_mb=()
  load_ms=()
  for ((run = 1; run <= runs; run++)); do
    start=$(date +%s%N)
    start_site "scale-$size-$run" --KeyRing:Path="$work_dir/keys" --KeyRing:AllowNewRing=true --Content:Path="$folder"
    wait_ready "$site_url" 120
    ready=$((($(date +%s%N) - start) / 1000000))
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$site_pid/stat")
    for path in / /modules /modules/thoughts /modules/thoughts/2 /sitemap.xml; do
      curl -sf -o /dev/null "$site_url$path"
    done
    rss=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$site_pid/status")
    load=$(grep -o 'Content loaded: [0-9]* modules, [0-9]* errors in [0-9]* ms' "$work_dir/scale-$size-$run.log" | grep -o '[0-9]* ms' | tr -d ' ms' || echo "?")
    kill "$site_pid"
    wait "$site_pid" 2>/dev/null || true
    ready_ms+=("$ready")
    cpu_ms+=("$cpu")
    rss_mb+=("$rss")
    load_ms+=("$load")
  done
  results+=("$(printf '| %7s | %9s | %10s | %17s | %8s |' "$count" \
    "$(printf '%s\n' "${load_ms[@]}" | median)" "$(printf '%s\n' "${ready_ms[@]}" | median)" \
    "$(printf '%s\n' "${cpu_ms[@]}" | median)" "$(printf '%s\n' "${rss_mb[@]}" | median)")")
  echo "measured $count modules: ready ${ready_ms[*]} ms; content load ${load_ms[*]} ms; CPU ${cpu_ms[*]} ms; RSS ${rss_mb[*]} MB"
done

echo
echo "$(nproc) CPUs; load average $(cut -d' ' -f1-3 /proc/loadavg); median of $runs runs"
echo
echo "| modules | load (ms) | ready (ms) | CPU to ready (ms) | RSS (MB) |"
echo "|--------:|----------:|-----------:|------------------:|---------:|"
printf '%s\n' "${results[@]}"
echo
echo "load: the content load alone, from the site's log; ready: process start until /readyz answers 200;"
echo "CPU to ready: the process's CPU time (user + system, all threads) when it was ready, steadier than the wall"
echo "clock when other work shares the machine; RSS: resident memory after a few page requests."

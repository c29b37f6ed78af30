# Helpers shared by the benchmark and scale-out scripts: free loopback ports, starting the site, nginx and
# redis-server in the foreground as children of the script, and stopping exactly those processes on exit.
# Source it from a bash script that has `set -euo pipefail`; it defines functions and the variables below only.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
site_dll="$repo_root/src/SelfHelp.Web/bin/Release/net10.0/SelfHelp.Web.dll"
started_pids=()
work_dir=""

# A temporary folder for this run, removed on exit with every process the script started.
make_work_dir() {
  work_dir=$(mktemp -d "${TMPDIR:-/tmp}/selfhelp-$1-XXXXXX")
  # nginx workers run as an unprivileged user when the script runs as root: they must be able to read the files.
  chmod 755 "$work_dir"
  trap stop_all EXIT
  trap 'exit 130' INT TERM
}

stop_all() {
  local pid
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${started_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  started_pids=()
  if [[ -n $work_dir && -d $work_dir && -z ${KEEP_WORK_DIR:-} ]]; then
    rm -rf "$work_dir"
  fi
}

# Installs missing Debian packages (needs root or sudo); prints what it did.
require_packages() {
  local missing=() command package
  for pair in "$@"; do
    command=${pair%%:*}
    package=${pair#*:}
    if ! command -v "$command" >/dev/null && [[ ! -x /usr/sbin/$command ]]; then
      missing+=("$package")
    fi
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    return 0
  fi
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "missing: ${missing[*]} (install them: apt-get install -y ${missing[*]})" >&2; return 1; }
    sudo=(sudo)
  fi
  echo "installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq && "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
}

# A TCP port on 127.0.0.1 that nothing listens on now. The kernel picks it (bind to port 0), so runs that
# happen at the same time do not collide on a fixed number.
free_port() {
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# publish_site: publishes the site as it would be deployed (Release, ReadyToRun for this machine's architecture,
# framework-dependent) into $work_dir/publish and makes start_site run it.
publish_site() {
  local rid=()
  case $(uname -m) in
    x86_64) rid=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true) ;;
    aarch64) rid=(-r linux-arm64 --self-contained false -p:PublishReadyToRun=true) ;;
  esac
  dotnet publish "$repo_root/src/SelfHelp.Web" -c Release "${rid[@]}" -o "$work_dir/publish" -v quiet -nologo >"$work_dir/publish.log" 2>&1 \
    || { cat "$work_dir/publish.log" >&2; return 1; }
  site_dll="$work_dir/publish/SelfHelp.Web.dll"
}

# start_site NAME [--Key=value ...]: starts the Release build on 127.0.0.1 (a port the kernel picks) in the
# Production environment. Sets site_pid and site_url. Logs go to $work_dir/NAME.log.
start_site() {
  local name=$1
  shift
  [[ -f $site_dll ]] || { echo "$site_dll is missing: build first (dotnet build src/SelfHelp.Web -c Release)" >&2; return 1; }
  local log="$work_dir/$name.log" root
  # The build output runs from the project folder (its static files come from wwwroot there); a published site
  # runs from its own folder, as it does in production.
  root=$(dirname "$site_dll")
  [[ $site_dll == "$repo_root/src/SelfHelp.Web/bin/"* ]] && root="$repo_root/src/SelfHelp.Web"
  (cd "$root" && exec dotnet "$site_dll" --urls http://127.0.0.1:0 --environment Production \
    --Content:Path="$repo_root/content/en" --Security:PostsPerMinute=1000000 --Feedback:Path="$work_dir/$name-feedback.db" \
    --Site:PublicOrigin=http://localhost --Site:Operator="SelfHelp test run" "$@") >"$log" 2>&1 &
  site_pid=$!
  started_pids+=("$site_pid")
  local address="" tries=0
  while [[ -z $address ]]; do
    if ! kill -0 "$site_pid" 2>/dev/null; then
      echo "site $name exited during start:" >&2
      cat "$log" >&2
      return 1
    fi
    if ((tries++ > 600)); then
      echo "site $name did not start within 60 s" >&2
      return 1
    fi
    sleep 0.1
    address=$(grep -o 'Now listening on: http://127\.0\.0\.1:[0-9]*' "$log" | head -1 | sed 's/Now listening on: //' || true)
  done
  site_url=$address
}

# wait_ready URL [seconds]: waits until URL/readyz answers 200.
wait_ready() {
  local url=$1 seconds=${2:-60} tries=0
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url/readyz") == 200 ]]; do
    if ((tries++ > seconds * 10)); then
      echo "$url/readyz did not answer 200 within $seconds s" >&2
      return 1
    fi
    sleep 0.1
  done
}

# start_nginx CONF: runs nginx in the foreground with a config file written by the caller (prefix $work_dir/nginx).
start_nginx() {
  local conf=$1
  mkdir -p "$work_dir/nginx/logs" "$work_dir/nginx/temp"
  chmod -R 755 "$work_dir/nginx"
  nginx -p "$work_dir/nginx" -c "$conf" -g 'daemon off;' >"$work_dir/nginx.log" 2>&1 &
  nginx_pid=$!
  started_pids+=("$nginx_pid")
}

# The start of an nginx config: one process tree under $work_dir, no access log, no client addresses anywhere.
nginx_preamble() {
  local user_line=""
  if [[ $(id -u) -eq 0 ]]; then
    user_line="user nobody nogroup;"
  fi
  cat <<EOF
$user_line
worker_processes auto;
pid $work_dir/nginx/nginx.pid;
error_log $work_dir/nginx/logs/error.log crit;
events { worker_connections 4096; }
EOF
}

nginx_http_common() {
  cat <<EOF
    access_log off;
    client_body_temp_path $work_dir/nginx/temp/body;
    proxy_temp_path $work_dir/nginx/temp/proxy;
    fastcgi_temp_path $work_dir/nginx/temp/fastcgi;
    uwsgi_temp_path $work_dir/nginx/temp/uwsgi;
    scgi_temp_path $work_dir/nginx/temp/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 65s;
EOF
}

# curl sends at most 8 KB of cookies from its cookie jar and silently leaves the rest out, which a full notebook
# exceeds (ADR 0002). These keep a person's cookies in a plain file of name=value lines instead, send them all as one
# Cookie header, and apply each response's Set-Cookie lines (a cookie expired in 1970 is removed), as a browser does.

# kv_curl FILE CURL_ARGS...: curl with FILE's cookies; the response's cookies are applied to FILE.
kv_curl() {
  local kv=$1 headers cookie status=0
  shift
  touch "$kv"
  headers=$(mktemp)
  cookie=$(paste -sd';' "$kv" | sed 's/;/; /g')
  local send=()
  [[ -n $cookie ]] && send=(-H "Cookie: $cookie")
  curl -s "${send[@]}" -D "$headers" "$@" || status=$?
  local line pair name
  while IFS= read -r line; do
    pair=${line#*: }
    pair=${pair%%;*}
    name=${pair%%=*}
    grep -v "^$name=" "$kv" >"$kv.tmp" || true
    mv "$kv.tmp" "$kv"
    if [[ ! $line =~ [Ee]xpires=Thu,\ 01\ Jan\ 1970 ]]; then
      echo "$pair" >>"$kv"
    fi
  done < <(grep -i '^set-cookie:' "$headers" | tr -d '\r')
  rm -f "$headers"
  return "$status"
}

# wait_port PORT: waits until something listens on 127.0.0.1:PORT.
wait_port() {
  local port=$1 tries=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    if ((tries++ > 300)); then
      echo "nothing listens on 127.0.0.1:$port after 30 s" >&2
      return 1
    fi
    sleep 0.1
  done
}

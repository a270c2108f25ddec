#!/usr/bin/env bash
# Two WarmPath instances on one database, behind nginx with deploy/nginx.conf, without Docker: instance 1 on the
# embedded database (Bolt on loopback), instance 2 reaching it over Bolt as it would reach a server, nginx in front.
# Writes a tie through one instance, times how long the other takes to use it, deletes it through the other and
# times the reverse; then sends requests through nginx's one port. Needs nginx on the PATH (apt-get install nginx-light).
#   bench/two-instances.sh            (builds the jar first; uses ports 18081, 18082, 18090 and Bolt 17688)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
pw=two-instances-password
trap 'kill $(jobs -p) 2>/dev/null || true; [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
./mvnw -q -B -ntp package -DskipTests
jar=$(ls target/warmpath-*.jar | head -1)

WARMPATH_DATA_DIR="$work/data" WARMPATH_BOLT_PORT=17688 PORT=18081 WARMPATH_ADMIN_PASSWORD=$pw \
  java -jar "$jar" > "$work/one.log" 2>&1 &
until grep -q "WarmPath is ready" "$work/one.log"; do sleep 1; done
# instance 2 reads instance 1's Bolt password from its data folder (bolt-credentials.properties)
WARMPATH_NEO4J_URI=bolt://127.0.0.1:17688 WARMPATH_DATA_DIR="$work/data" PORT=18082 WARMPATH_DEMO_PEOPLE=0 WARMPATH_ADMIN_PASSWORD=$pw \
  java -jar "$jar" > "$work/two.log" 2>&1 &
until grep -q "WarmPath is ready" "$work/two.log"; do sleep 1; done

sed 's/server warmpath-1:8080/server 127.0.0.1:18081/; s/server warmpath-2:8080/server 127.0.0.1:18082/; s/listen 8080;/listen 18090;/' \
  deploy/nginx.conf > "$work/site.conf"
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 256; }
http { access_log $work/access.log; include $work/site.conf; }
NGINX
nginx -c "$work/nginx.conf"

a=p0001; b=p1999
hops() { curl -s -u admin:$pw "localhost:$1/api/paths?from=$a&to=$b&k=1" \
  | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['paths'][0]['hops'] if d['paths'] else 'none')"; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
echo "before: instance 1 $(hops 18081) hops, instance 2 $(hops 18082) hops from $a to $b"

t0=$(date +%s%N)
curl -s -o /dev/null -w "PUT tie through instance 2: %{http_code} in %{time_total} s\n" -u admin:$pw -X PUT \
  -H 'Content-Type: application/json' -d '{"strength":1.0,"context":"two-instance check"}' localhost:18082/api/people/$a/connections/$b
until [ "$(hops 18081)" = "1" ]; do sleep 0.05; done
echo "instance 1 answers with the new 1-hop path $(ms $t0) ms after the PUT was sent"

t0=$(date +%s%N)
curl -s -o /dev/null -w "DELETE tie through instance 1: %{http_code}\n" -u admin:$pw -X DELETE localhost:18081/api/people/$a/connections/$b
until [ "$(hops 18082)" != "1" ]; do sleep 0.05; done
echo "instance 2 stops using it $(ms $t0) ms after the DELETE was sent"

codes=""
for i in 1 2 3 4 5; do codes="$codes $(curl -s -o /dev/null -w '%{http_code}' -u admin:$pw localhost:18090/api/people/$a)"; done
echo "through nginx on one port:$codes"

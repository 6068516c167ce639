#!/usr/bin/env bash
# Writes a synthetic, valid-looking HAProxy configuration of about N lines (default 10000)
# to stdout: global/defaults, then frontends with ACLs, conditions, sample expressions
# and log formats, and backends with persistence settings and many servers.
# usage: test/gen-big.sh [lines] > big.cfg
set -euo pipefail
target=${1:-10000}
awk -v target="$target" 'BEGIN {
  n = 0
  print "global"; print "    log /dev/log local0"; print "    maxconn 50000"
  print "    stats socket /run/haproxy/admin.sock mode 660 level admin"; print ""
  print "defaults"; print "    mode http"; print "    timeout connect 5s"; print "    timeout client 30s"
  print "    timeout server 30s"; print "    option httplog"
  print "    log-format \"%ci:%cp [%tr] %ft %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %{+Q}r %[var(txn.id)]\""; print ""
  n = 14; i = 0
  while (n < target) {
    i++
    print "# application " i
    print "frontend fe_" i
    print "    bind :" (8000 + i) " ssl crt /etc/haproxy/certs/site" i ".pem alpn h2,http/1.1"
    print "    acl is_api path_beg /api/v" i
    print "    acl is_static path_end .css .js .png"
    print "    acl blocked src -f /etc/haproxy/blocked" i ".lst"
    print "    http-request deny if blocked || { req.hdr_cnt(host) gt 1 }"
    print "    http-request set-header X-Forwarded-Proto https if { ssl_fc }"
    print "    http-request set-var(txn.id) str(\"req-" i "\"),concat(-,txn.uid)"
    print "    http-response set-header X-App \"app " i " %[res.hdr(server),lower]\""
    print "    use_backend be_api_" i " if is_api !is_static"
    print "    default_backend be_web_" i
    print ""
    print "backend be_api_" i
    print "    balance source"; print "    hash-type consistent"
    print "    cookie SERVERID insert indirect nocache httponly secure attr \"SameSite=Lax\" maxidle 30m maxlife 8h"
    print "    stick-table type ip size 1m expire 30m peers mypeers"; print "    stick on src"
    print "    option redispatch"; print "    no option http-server-close"
    n += 20
    for (s = 1; s <= 20 && n < target; s++) {
      print "    server s" s " 10.0." (i % 250) "." s ":80 check inter 2s fall 3 rise 2 cookie s" s " weight " (s * 3)
      n++
    }
    print ""
    print "backend be_web_" i
    print "    balance roundrobin"
    print "    option httpchk GET /health HTTP/1.1\\r\\nHost:\\ www.example.com"
    n += 4
    for (s = 1; s <= 20 && n < target; s++) {
      print "    server w" s " 10.1." (i % 250) "." s ":80 check maxconn 200 weight 10"
      n++
    }
    print ""
    n += 1
  }
}'

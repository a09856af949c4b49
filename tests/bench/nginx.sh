# Sourced by the benchmarks: a private nginx for one run, in its own work folder, on loopback.

# nginx_conf WORK HTTP_LINES SERVER_BLOCKS writes WORK/nginx.conf: the frame every benchmark needs (one worker, logs
# and temporary files in WORK, root's workers allowed to read WORK) around the given http-level lines and servers.
nginx_conf() {
    local work=$1 http_lines=$2 servers=$3
    mkdir -p "$work/logs" "$work/tmp"
    cat >"$work/nginx.conf" <<CONF
worker_processes 1;
error_log $work/logs/error.log;
pid $work/nginx.pid;
$([ "$(id -u)" -eq 0 ] && echo 'user root;')
events { worker_connections 256; }
http {
    default_type application/octet-stream;
    client_body_temp_path $work/tmp/body;
    proxy_temp_path $work/tmp/proxy;
    fastcgi_temp_path $work/tmp/fastcgi;
    uwsgi_temp_path $work/tmp/uwsgi;
    scgi_temp_path $work/tmp/scgi;
$http_lines
$servers
}
CONF
}

# nginx_run WORK NGINX starts NGINX on WORK/nginx.conf in the background and sets nginx_pid.
nginx_run() {
    "$2" -e "$1/logs/error.log" -p "$1" -c "$1/nginx.conf" -g 'daemon off;' >>"$1/logs/nginx.out" 2>&1 &
    nginx_pid=$!
}

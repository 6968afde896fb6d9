# Sourced by the hostile scripts: where to start the service, and waiting until it is ready.

# A URL on 127.0.0.1 with a port free now.
free_url() {
  echo "http://127.0.0.1:$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
}

# wait_ready URL PID LOG: until /health/ready answers; stops the script if the service ends or is not ready in 120 s.
wait_ready() {
  for _ in $(seq 1 120); do
    curl -fsS "$1/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "the service did not start:"; tail -20 "$3"; exit 1; }
    sleep 1
  done
  echo "the service was not ready after 120 s:"; tail -20 "$3"; exit 1
}

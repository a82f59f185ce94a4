#!/bin/bash
# Entry point of testshard-example/postgres:15: the part of the official `postgres` image's
# behaviour the example needs. Environment: POSTGRES_PASSWORD (required unless
# POSTGRES_HOST_AUTH_METHOD=trust), POSTGRES_USER (default postgres), POSTGRES_DB (default
# POSTGRES_USER), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD (default scram-sha-256), PGDATA.
# Not supported: /docker-entrypoint-initdb.d, *_FILE secrets, running as root.
#
# First start: initdb into PGDATA with POSTGRES_USER as superuser, password authentication from
# any address, listen on all interfaces, and POSTGRES_DB created in single-user mode. Unlike the
# official image, which starts a temporary server for that step and so logs "database system is
# ready to accept connections" twice, this logs it once, when the real server accepts clients:
# a `log` readiness check needs no `times: 2` here, but does with the official image.
#
# Arguments: none or `postgres [options]` or `-c ...` start the server; anything else is executed
# as given (e.g. `psql ...`). SIGTERM (`docker stop`) asks the server for a fast shutdown (open
# sessions are cancelled), as STOPSIGNAL SIGINT does in the official image; `docker import` cannot
# set STOPSIGNAL, and PostgreSQL's own SIGTERM behaviour (smart shutdown) waits for every client
# to leave, so this script stays the parent and translates the signal.
set -Eeuo pipefail

if [ "$#" -eq 0 ] || [ "${1:0:1}" = - ]; then
  set -- postgres "$@"
fi
if [ "$1" != postgres ]; then
  exec "$@"
fi
shift

: "${POSTGRES_USER:=postgres}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
: "${POSTGRES_HOST_AUTH_METHOD:=scram-sha-256}"
: "${PGDATA:=/var/lib/postgresql/data}"
export PGDATA

fail() {
  echo "docker-entrypoint: $*" >&2
  exit 1
}

initialize() {
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != trust ]; then
    fail "POSTGRES_PASSWORD is not set (or set POSTGRES_HOST_AUTH_METHOD=trust)"
  fi
  mkdir -p "$PGDATA"
  chmod 0700 "$PGDATA"
  local password=()
  if [ -n "${POSTGRES_PASSWORD:-}" ]; then
    printf '%s\n' "$POSTGRES_PASSWORD" >/tmp/pwfile
    password=(--pwfile=/tmp/pwfile)
  fi
  # --no-sync, and fsync=off for the single-user step below: on a busy disk the first start takes
  # 1-2 s instead of 6-8 s. The files reach the disk when the OS writes them back, like any other;
  # only a host crash in the first seconds could damage the new, empty cluster. This image exists
  # for throw-away test databases; the official image does sync here.
  # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of options, as in the official image
  initdb --username="$POSTGRES_USER" "${password[@]}" --auth-local=trust --no-sync \
    --auth-host="$POSTGRES_HOST_AUTH_METHOD" --encoding=UTF8 --locale=C.UTF-8 \
    ${POSTGRES_INITDB_ARGS:-} >/tmp/initdb.log 2>&1 || { cat /tmp/initdb.log >&2; fail "initdb failed"; }
  rm -f /tmp/pwfile /tmp/initdb.log
  printf 'host all all all %s\n' "$POSTGRES_HOST_AUTH_METHOD" >>"$PGDATA/pg_hba.conf"
  # jit: the image leaves out LLVM to stay small.
  printf "listen_addresses = '*'\njit = off\n" >>"$PGDATA/postgresql.conf"
  if [ "$POSTGRES_DB" != postgres ]; then
    local output
    # Single-user mode: no server, no socket, no "ready" message before the real one.
    if ! output="$(printf 'CREATE DATABASE "%s"\n' "${POSTGRES_DB//\"/\"\"}" \
      | postgres --single -D "$PGDATA" -c fsync=off postgres 2>&1)" || grep -q ERROR <<<"$output"; then
      printf '%s\n' "$output" >&2
      fail "could not create database $POSTGRES_DB"
    fi
  fi
  echo "docker-entrypoint: initialized $PGDATA (user $POSTGRES_USER, database $POSTGRES_DB)"
}

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  initialize
fi
postgres -D "$PGDATA" "$@" &
server=$!
trap 'kill -INT "$server"' TERM INT
trap 'kill -QUIT "$server"' QUIT
status=0
wait "$server" || status=$?
while kill -0 "$server" 2>/dev/null; do # a trapped signal ends `wait` early
  status=0
  wait "$server" || status=$?
done
exit "$status"

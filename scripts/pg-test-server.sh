#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and CI.
#
#   scripts/pg-test-server.sh start <dir> <port>   initialise <dir>, start the server on 127.0.0.1:<port>,
#                                                  wait until it answers, print its URL on stdout
#   scripts/pg-test-server.sh stop <dir>  [port]   stop the server and remove <dir>
#
# Trust authentication, no password: never point this at anything but a scratch directory.
# As root, initdb and pg_ctl run as the `postgres` user (created when missing).
# The server log is <dir>/server.log; DDL statements are logged (log_statement=ddl) so that a CI
# run can show the suite really created its databases there.
set -euo pipefail

usage() {
  echo "usage: $0 start <dir> <port> | stop <dir> [port]" >&2
  exit 2
}

log() { echo "pg-test-server: $*" >&2; }

find_bindir() {
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"
    return
  fi
  local candidate
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
      echo "$candidate"
      return
    fi
  done
  return 1
}

ensure_binaries() {
  if BINDIR=$(find_bindir); then return; fi
  if [[ $(id -u) -ne 0 ]]; then
    log "initdb/pg_ctl introuvables ; installez PostgreSQL (apt-get install -y postgresql)"
    exit 1
  fi
  log "initdb introuvable : installation du paquet Debian postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >&2
  BINDIR=$(find_bindir) || { log "PostgreSQL toujours introuvable après apt-get"; exit 1; }
}

# Runs a command as the server's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    # runuser keeps no controlling-terminal games and needs no PAM password.
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd=${1:-}
dir=${2:-}
port=${3:-}
[[ -n "$cmd" && -n "$dir" ]] || usage

case "$cmd" in
  start)
    [[ "$port" =~ ^[0-9]+$ ]] || usage
    ensure_binaries
    if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
      log "création de l'utilisateur système postgres"
      useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    if [[ -e "$dir" && -n "$(ls -A "$dir" 2>/dev/null)" ]]; then
      log "$dir existe et n'est pas vide : refus de l'écraser"
      exit 1
    fi
    mkdir -p "$dir"
    dir=$(readlink -f "$dir")
    # Unix sockets are limited to ~107 characters of path.
    if (( ${#dir} > 90 )); then
      log "chemin trop long pour un socket Unix : $dir"
      exit 1
    fi
    if [[ $(id -u) -eq 0 ]]; then
      chown postgres: "$dir"
      # The owner must be able to reach the directory (mktemp -d under /tmp is fine).
    fi
    chmod 700 "$dir"
    as_owner "$BINDIR/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
    # fsync off: a scratch server, speed over durability.
    as_owner "$BINDIR/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c log_statement=ddl" \
      start >&2 || {
      cat "$dir/server.log" >&2 || true
      exit 1
    }
    # Bounded wait until it accepts connections over TCP (pg_ctl -w already waited on the socket).
    ready=0
    for _ in $(seq 1 60); do
      if command -v pg_isready >/dev/null 2>&1; then
        if pg_isready -q -h 127.0.0.1 -p "$port" -U postgres; then ready=1; break; fi
      elif as_owner "$BINDIR/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1; then
        ready=1; break
      fi
      sleep 0.5
    done
    if [[ $ready -ne 1 ]]; then
      log "le serveur ne répond pas sur 127.0.0.1:$port"
      cat "$dir/server.log" >&2 || true
      exit 1
    fi
    # The migrations need these contrib extensions: check they can be created.
    PSQL=$(command -v psql || echo "$BINDIR/psql")
    for ext in unaccent pg_trgm; do
      if ! "$PSQL" "postgres://postgres@127.0.0.1:$port/postgres" -v ON_ERROR_STOP=1 -Atqc "CREATE EXTENSION IF NOT EXISTS $ext; DROP EXTENSION $ext;" >/dev/null 2>"$dir/ext.err"; then
        log "l'extension $ext est indisponible (apt-get install -y postgresql-contrib) :"
        cat "$dir/ext.err" >&2
        exit 1
      fi
    done
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    if [[ -d "$dir/data" ]]; then
      ensure_binaries
      as_owner "$BINDIR/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >&2 || log "pg_ctl stop a échoué (serveur déjà arrêté ?)"
    fi
    # Only remove what looks like our own scratch directory.
    if [[ -d "$dir" ]]; then
      if [[ -d "$dir/data" || -z "$(ls -A "$dir")" ]]; then
        rm -rf "$dir"
      else
        log "$dir ne ressemble pas à un répertoire créé par ce script : non supprimé"
        exit 1
      fi
    fi
    ;;
  *)
    usage
    ;;
esac

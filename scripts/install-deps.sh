#!/usr/bin/env bash
# Installs what the test suite needs from Debian's packages, once: MariaDB server, Chromium, HypoPG for PostgreSQL 15.
set -euo pipefail
need=()
command -v mariadbd >/dev/null 2>&1 || need+=(mariadb-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/postgresql/15/extension/hypopg.control ] || need+=(postgresql-15-hypopg)
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql-15)
command -v python3 >/dev/null 2>&1 || need+=(python3)
# ICU: the studio, the CLI and their tests run with InvariantGlobalization=false (SQL Server's driver needs it).
if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'; then
  need+=("$(apt-cache search --names-only '^libicu[0-9]+$' 2>/dev/null | awk '{print $1}' | sort -V | tail -1)")
  [ -n "${need[-1]}" ] || need[-1]=libicu72
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${need[*]}"
  # apt needs a world-writable TMPDIR; /tmp may be root-owned 755 here.
  export TMPDIR=/var/tmp/designstudio-apt DEBIAN_FRONTEND=noninteractive
  mkdir -p "$TMPDIR" && chmod 1777 "$TMPDIR"
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi

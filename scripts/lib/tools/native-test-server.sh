#!/bin/sh
# The native test server downloaded by @temporalio/testing (installed by scripts/lib/tools/test-server.ts
# as .tools/test-server/sdk-download/temporal-test-server next to native-test-server).
# It takes <port> [--enable-time-skipping] only; --initial-time needs the Maven (Java) install.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
for a in "$@"; do
  case "$a" in --initial-time=*) echo "temporal-test-server: --initial-time needs the Java test server (mvn); this is the SDK's native one" >&2; exit 2;; esac
done
exec "$here/native-test-server" "$@"

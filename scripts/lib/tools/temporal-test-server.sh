#!/bin/sh
# Temporal time-skipping test server (Java, Maven Central), installed by scripts/lib/tools/test-server.ts
# as .tools/test-server/<version>-<hash>/temporal-test-server next to classes/ (BangfuTestServer) and lib/.
# @temporalio/testing runs it as: temporal-test-server <port> [extraArgs...]; it SIGKILLs this pid at teardown,
# hence exec. Extra flags: --enable-time-skipping, --initial-time=<ISO instant|epoch ms>.
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
if [ -n "$BANGFU_JAVA" ]; then java="$BANGFU_JAVA"
elif [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"
else java=java; fi
# Small heap and C1-only JIT: starts in well under a second and the SDK gives it 5 s to answer.
exec "$java" ${BANGFU_TEST_SERVER_JAVA_OPTS:--Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto} \
  -cp "$here/classes:$here/lib/*" BangfuTestServer "$@"

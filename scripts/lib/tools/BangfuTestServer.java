import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.time.Instant;

/**
 * Bangfu's launcher for the Temporal time-skipping test server (io.temporal:temporal-test-server from
 * Maven Central). scripts/lib/tools/test-server.ts compiles it with javac at install time against the
 * server's jars and starts it through the temporal-test-server.sh wrapper.
 *
 * Same arguments as io.temporal.testserver.TestServer (`<port> [--enable-time-skipping]`, which is what
 * @temporalio/testing passes) plus `--initial-time=<ISO-8601 instant | epoch millis>` (INITIAL_TIME_FLAG
 * in test-server.ts): the test server's clock starts there. `--self-check` prints "ok" when the server
 * and its gRPC transport are on the class path. Builds the server exactly like
 * TestServer.createPortBoundServer, with the initial time added.
 */
public final class BangfuTestServer {
  private static final String INITIAL_TIME_FLAG = "--initial-time";

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("Usage: <port> [--enable-time-skipping] [" + INITIAL_TIME_FLAG + "=<ISO instant|epoch ms>]");
    System.exit(2);
  }

  public static void main(String[] args) throws Exception {
    Integer port = null;
    boolean enableTimeSkipping = false;
    long initialTimeMillis = 0;
    for (String a : args) {
      if (a.equalsIgnoreCase("--enable-time-skipping")) enableTimeSkipping = true;
      else if (a.startsWith(INITIAL_TIME_FLAG + "=")) {
        String v = a.substring((INITIAL_TIME_FLAG + "=").length());
        initialTimeMillis = v.matches("\\d+") ? Long.parseLong(v) : Instant.parse(v).toEpochMilli();
      } else if (a.equals("--self-check")) {
        Class.forName("io.temporal.testserver.TestServer");
        Class.forName("io.grpc.netty.shaded.io.grpc.netty.NettyServerProvider");
        System.out.println("ok");
        return;
      } else if (port == null && a.matches("\\d+")) port = Integer.parseInt(a);
      else usage("Unknown argument " + a);
    }
    if (port == null) usage("Missing port");
    TestServicesStarter services = new TestServicesStarter(!enableTimeSkipping, initialTimeMillis);
    ServerBuilder<?> builder = Grpc.newServerBuilderForPort(port, InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    Server server = builder.build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.shutdownNow();
      services.close();
    }));
    server.start().awaitTermination();
  }
}

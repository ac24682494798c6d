package org.solidaritygraph.neo4jlocal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j Community database with Bolt on 127.0.0.1 until SIGTERM, SIGINT or, with
 * --exit-on-stdin-eof, until its parent closes stdin (so a killed parent never leaves it running).
 */
public final class Neo4jLocal {
  private Neo4jLocal() {}

  private static final String USAGE =
      "usage: Neo4jLocal --port <bolt-port> --data <directory> [--page-cache-mib <n>] [--auth]"
          + " [--exit-on-stdin-eof]";

  public static void main(String[] args) throws InterruptedException {
    Integer port = null;
    Path home = null;
    long pageCacheMiB = 256;
    boolean auth = false;
    boolean exitOnStdinEof = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--port" -> port = Integer.parseInt(args[++i]);
          case "--data" -> home = Path.of(args[++i]).toAbsolutePath();
          case "--page-cache-mib" -> pageCacheMiB = Long.parseLong(args[++i]);
          case "--auth" -> auth = true;
          case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
          default -> throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
    } catch (RuntimeException e) {
      System.err.println("neo4j-local: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
    }
    if (port == null || home == null) {
      System.err.println(USAGE);
      System.exit(2);
    }

    DatabaseManagementService service =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            // Bolt listens on loopback only; --auth exists so tests can exercise bad credentials.
            .setConfig(GraphDatabaseSettings.auth_enabled, auth)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
            // A runaway query is stopped by the server even if a client forgets its own timeout.
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            // Bolt otherwise waits 5 s twice on shutdown for connections a local run never has.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("neo4j-local: shutting down");
                  service.shutdown();
                  System.out.println("neo4j-local: stopped");
                  System.out.flush();
                  stopped.countDown();
                },
                "neo4j-local-shutdown"));

    // Touch the default database so the ready line only appears once it can answer queries.
    service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
    System.out.println("neo4j-local: ready bolt://127.0.0.1:" + port + " data=" + home);
    System.out.flush();

    if (exitOnStdinEof) {
      Thread watcher = new Thread(Neo4jLocal::exitWhenStdinCloses, "neo4j-local-stdin-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
    stopped.await();
  }

  private static void exitWhenStdinCloses() {
    InputStream in = System.in;
    try {
      while (in.read() != -1) {
        // Input is ignored; only the end of the stream matters.
      }
    } catch (IOException ignored) {
      // A broken pipe means the parent is gone, same as end of stream.
    }
    System.out.println("neo4j-local: parent closed stdin");
    System.exit(0);
  }
}

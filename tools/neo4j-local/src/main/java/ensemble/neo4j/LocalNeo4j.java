package ensemble.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Embedded Neo4j with a Bolt connector on a loopback address and authentication off.
 *
 * <p>Only for local development and tests: it refuses to listen on anything but loopback,
 * because nothing protects the database once auth is disabled.
 *
 * <pre>
 *   --port N      Bolt port (env NEO4J_LOCAL_PORT, default 7687; 0 = any free port)
 *   --host ADDR   bind address (env NEO4J_LOCAL_HOST, default 127.0.0.1; loopback only)
 *   --data DIR    Neo4j home/data directory (env NEO4J_LOCAL_DATA; default: a fresh temp
 *                 directory, deleted on exit)
 *   --pagecache S page cache size, e.g. 256m (env NEO4J_LOCAL_PAGECACHE, default 256m)
 * </pre>
 */
public final class LocalNeo4j {
    private static final String TAG = "neo4j-local: ";

    /** Status the shutdown hook halts with: 0 after a signal or normal stop, 1 after a failure. */
    private static volatile int exitStatus = 0;

    private LocalNeo4j() {}

    public static void main(String[] args) {
        Options opts;
        try {
            opts = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(TAG + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (opts.help) {
            System.out.println(Options.USAGE);
            return;
        }

        InetAddress bind;
        try {
            bind = InetAddress.getByName(opts.host);
        } catch (UnknownHostException e) {
            System.err.println(TAG + "cannot resolve --host " + opts.host);
            System.exit(2);
            return;
        }
        if (!bind.isLoopbackAddress()) {
            System.err.println(TAG + "refusing to listen on non-loopback address " + opts.host + " ("
                    + bind.getHostAddress() + ") with authentication disabled; use 127.0.0.1, ::1 or localhost");
            System.exit(2);
            return;
        }

        // Fail fast (before the ~5 s of database start-up) when the port is already taken.
        if (opts.port != 0) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new InetSocketAddress(bind, opts.port));
            } catch (IOException e) {
                System.err.println(TAG + "cannot listen on " + bind.getHostAddress() + ":" + opts.port + ": "
                        + e.getMessage() + " (another Neo4j running? use --port or NEO4J_LOCAL_PORT)");
                System.exit(1);
                return;
            }
        }

        Path home;
        boolean ephemeral = opts.data == null;
        try {
            home = ephemeral ? Files.createTempDirectory("neo4j-local-") : Files.createDirectories(opts.data);
        } catch (IOException e) {
            System.err.println(TAG + "cannot create data directory: " + e.getMessage());
            System.exit(2);
            return;
        }
        home = home.toAbsolutePath().normalize();

        long started = System.nanoTime();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(bind.getHostAddress(), opts.port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(bind.getHostAddress(), opts.port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(BoltConnector.thread_pool_max_size, 50)
                    // Netty's graceful shutdown otherwise waits 5 s + 5 s on SIGTERM.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(bind.getHostAddress()))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, opts.pagecacheBytes)
                    .setConfig(GraphDatabaseSettings.tx_state_max_off_heap_memory, 128L * 1024 * 1024)
                    // Small, disposable store: keep only the latest transaction log, don't preallocate.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024)
                    .build();
        } catch (RuntimeException e) {
            System.err.println(TAG + "failed to start: " + rootMessage(e));
            if (ephemeral) {
                deleteQuietly(home);
            }
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shutdownDone = new AtomicBoolean(false);
        final Path homeDir = home;
        Runnable shutdown = () -> {
            if (shutdownDone.compareAndSet(false, true)) {
                System.out.println(TAG + "shutting down");
                try {
                    dbms.shutdown();
                } catch (RuntimeException e) {
                    System.err.println(TAG + "error during shutdown: " + e);
                }
                if (ephemeral) {
                    deleteQuietly(homeDir);
                }
                System.out.println(TAG + "stopped");
                System.out.flush();
            }
            stopped.countDown();
        };
        // SIGTERM / SIGINT / normal JVM exit all go through here. The JVM exits with 143/130 on a
        // signal by default; main() waits for this hook and halts with 0 after a clean shutdown.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shutdown.run();
            Runtime.getRuntime().halt(exitStatus);
        }, "neo4j-local-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        // Make sure the default database is really available before announcing readiness.
        if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
            System.err.println(TAG + "database 'neo4j' did not become available");
            exitStatus = 1;
            System.exit(1);
        }
        int port = opts.port;
        if (db instanceof GraphDatabaseAPI api) {
            HostnamePort bound = api.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            if (bound != null) {
                port = bound.getPort();
            }
        }
        String hostForUrl = bind instanceof java.net.Inet6Address ? "[::1]" : bind.getHostAddress();
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println(TAG + "data " + home + (ephemeral ? " (temporary)" : ""));
        System.out.println(TAG + "bolt://" + hostForUrl + ":" + port + " ready (" + ms + " ms)");
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The chain of causes as one line, e.g. "...: bind(..) failed: Address already in use". */
    private static String rootMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName());
        }
        return sb.toString();
    }

    private static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println(TAG + "could not delete " + dir + ": " + e.getMessage());
        }
    }

    static final class Options {
        static final String USAGE = String.join("\n",
                "usage: neo4j-local [--port N] [--host ADDR] [--data DIR] [--pagecache SIZE]",
                "  --port N         Bolt port; env NEO4J_LOCAL_PORT; default 7687 (0 = any free port)",
                "  --host ADDR      bind address, loopback only; env NEO4J_LOCAL_HOST; default 127.0.0.1",
                "  --data DIR       database directory, kept between runs; env NEO4J_LOCAL_DATA;",
                "                   default a temporary directory deleted on exit",
                "  --pagecache SIZE page cache, e.g. 256m or 1g; env NEO4J_LOCAL_PAGECACHE; default 256m",
                "Authentication is disabled; the Bolt URL is printed as 'neo4j-local: bolt://HOST:PORT ready'.");

        int port = 7687;
        String host = "127.0.0.1";
        Path data;
        long pagecacheBytes = 256L * 1024 * 1024;
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            String env;
            if ((env = System.getenv("NEO4J_LOCAL_PORT")) != null && !env.isBlank()) {
                o.port = parsePort(env.trim(), "NEO4J_LOCAL_PORT");
            }
            if ((env = System.getenv("NEO4J_LOCAL_HOST")) != null && !env.isBlank()) {
                o.host = env.trim();
            }
            if ((env = System.getenv("NEO4J_LOCAL_DATA")) != null && !env.isBlank()) {
                o.data = Path.of(env.trim());
            }
            if ((env = System.getenv("NEO4J_LOCAL_PAGECACHE")) != null && !env.isBlank()) {
                o.pagecacheBytes = parseSize(env.trim(), "NEO4J_LOCAL_PAGECACHE");
            }
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "-h", "--help" -> o.help = true;
                    case "--port" -> o.port = parsePort(value != null ? value : next(args, ++i, a), a);
                    case "--host" -> o.host = value != null ? value : next(args, ++i, a);
                    case "--data" -> o.data = Path.of(value != null ? value : next(args, ++i, a));
                    case "--pagecache" -> o.pagecacheBytes = parseSize(value != null ? value : next(args, ++i, a), a);
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            return o;
        }

        private static String next(String[] args, int i, String flag) {
            if (i >= args.length) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            return args[i];
        }

        private static int parsePort(String s, String what) {
            try {
                int p = Integer.parseInt(s);
                if (p < 0 || p > 65535) {
                    throw new NumberFormatException();
                }
                return p;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": not a port number: " + s);
            }
        }

        private static long parseSize(String s, String what) {
            String t = s.toLowerCase();
            long mult = 1;
            if (t.endsWith("k")) {
                mult = 1024L;
            } else if (t.endsWith("m")) {
                mult = 1024L * 1024;
            } else if (t.endsWith("g")) {
                mult = 1024L * 1024 * 1024;
            }
            if (mult != 1) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                long v = Long.parseLong(t) * mult;
                if (v <= 0) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": not a size (e.g. 256m): " + s);
            }
        }
    }
}

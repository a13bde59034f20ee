package org.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One Parley distribution booted in a process of its own, exactly as packaged: the same launcher, configuration
 * and bundle set, plus the test clock and the hot-swap fixture, in a home folder of its own with free ports.
 */
public final class Appliance implements AutoCloseable {

    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(90);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** parley.service's {@code Nice=} (packaging/common/parley.service); nice(1) as root raises the priority. */
    private static final String UNIT_NICE = "-10";

    private final Path home;
    private final int httpsPort;
    private final int httpPort;
    private final Api api;
    private Process process;
    private Api admin;
    private Accounts.Account adminAccount;
    private java.time.Instant clockHighWater;

    private Appliance(Path home, int httpsPort, int httpPort) {
        this.home = home;
        this.httpsPort = httpsPort;
        this.httpPort = httpPort;
        this.api = new Api("https", httpsPort);
    }

    /** Lays out a new home with the given extra settings files (name → content) and boots it. */
    public static Appliance boot(Map<String, String> settingsFiles) {
        Appliance appliance = prepare(settingsFiles);
        try {
            appliance.start();
            appliance.awaitHealthy();
            return appliance;
        } catch (RuntimeException e) {
            appliance.close();
            throw e;
        }
    }

    /**
     * Lays out a new home whose ports are settings made "through the console" (kept by ConfigAdmin under
     * var/lib/config, so REST may change the front door) instead of a file under etc/conf.d, and boots it.
     */
    public static Appliance bootWithConsoleSettings() {
        Appliance appliance = prepare(Map.of());
        try {
            Files.delete(appliance.home.resolve("etc/conf.d/org.parley.http.FrontDoor.cfg"));
            Path stored = Files.createDirectories(appliance.home.resolve("var/lib/config/org/parley/http"));
            Files.writeString(stored.resolve("FrontDoor.config"), "service.pid=\"org.parley.http.FrontDoor\"\n"
                    + "httpsPort=I\"" + appliance.httpsPort + "\"\nhttpPort=I\"" + appliance.httpPort + "\"\n"
                    + "bindAddress=\"127.0.0.1\"\n");
            appliance.start();
            appliance.awaitHealthy();
            return appliance;
        } catch (IOException | RuntimeException e) {
            appliance.close();
            throw new IllegalStateException("could not boot with console settings", e);
        }
    }

    /** Lays out a new home without starting it. */
    public static Appliance prepare(Map<String, String> settingsFiles) {
        try {
            Path work = Path.of(System.getProperty("parley.work", "target/e2e"));
            Path home = work.resolve("appliance-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
            Appliance appliance = new Appliance(home, freePort(), freePort());
            Layout.create(home, Path.of(System.getProperty("parley.dist")), testingBundles());
            Map<String, String> files = new LinkedHashMap<>();
            files.put("org.parley.http.FrontDoor.cfg", "httpsPort=" + appliance.httpsPort + "\nhttpPort="
                    + appliance.httpPort + "\nbindAddress=127.0.0.1\ntrustedProxies=127.0.0.1\n");
            files.put(MediaTransport.FILE, MediaTransport.onLoopback().file());
            files.putAll(settingsFiles);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(home.resolve("etc/conf.d").resolve(file.getKey()), file.getValue());
            }
            MediaTransport.of(appliance).store(home);
            return appliance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> testingBundles() {
        List<Path> bundles = new ArrayList<>();
        for (String jar : System.getProperty("parley.testing.bundles", "").split(",")) {
            if (!jar.isBlank()) {
                bundles.add(Path.of(jar.trim()));
            }
        }
        return bundles;
    }

    public void start() {
        // At the priority parley.service gives it (Nice=-10): here three Chromiums share the two cores with the
        // appliance, and at nice 0 its media thread read a browser's first bandwidth probe 10-38 ms late (packets
        // held in the kernel's queue), so that the probe measured a slow path (media-bundle/README.md, "Threads").
        ProcessBuilder builder = new ProcessBuilder("nice", "-n", UNIT_NICE, home.resolve("bin/parley").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
        builder.environment().put("PARLEY_HOME", home.toString());
        // The serial collector and C1 only, light on two cores. Its full collections stop the shared appliance for
        // 130–350 ms once earlier classes filled the heap (G1: up to 51 ms), which a browser probing its bandwidth at
        // that moment takes for a slow path (MediaBrowserIT therefore boots its own). C2 was tried: compiling while
        // MediaBrowserIT's call started, it kept every estimate under 1 Mbit/s. C1 has no BigInteger intrinsics
        // (an RSA-3072 key pair: 3.7–15.5 s, C2 0.4–2.4 s), hence Api's 60 s timeout. GC pauses go to gc.log.
        builder.environment().put("PARLEY_HEAP", "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        builder.environment().put("PARLEY_JAVA_OPTS", "-Xlog:gc:file=" + home.resolve("gc.log"));
        // The package tier boots the appliance on the jlink runtime the packages ship instead of the build's JDK.
        String javaHome = System.getProperty("parley.java.home", "");
        if (!javaHome.isBlank()) {
            builder.environment().put("JAVA_HOME", javaHome);
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A test JVM that dies or is killed by its fork timeout must not leave appliances running.
        Process started = process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "appliance-reaper"));
    }

    /** Waits for {@code /api/v1/health} to answer 200, failing with the console's tail if the process dies. */
    public void awaitHealthy() {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Parley exited with " + process.exitValue() + " while booting:\n"
                        + consoleTail());
            }
            try {
                Reply reply = api.get("/api/v1/health");
                if (reply.status() == 200) {
                    restoreClock();
                    return;
                }
                last = reply.toString();
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            pause(250);
        }
        throw new IllegalStateException("Parley did not become healthy within " + BOOT_TIMEOUT + " (last: " + last
                + "):\n" + consoleTail());
    }

    /** Remembers how far tests moved the test clock, which starts again at wall-clock time after a restart. */
    synchronized void clockReached(java.time.Instant now) {
        clockHighWater = now;
    }

    /** After a restart, puts the test clock back where tests left it: used TOTP steps must stay in the past. */
    private synchronized void restoreClock() {
        if (clockHighWater != null) {
            api.post("/api/v1/testing/clock", "{\"set\": \"" + clockHighWater.plusSeconds(60) + "\"}");
        }
    }

    /** Sends SIGTERM and returns the exit status, or -1 if it did not exit within the timeout. */
    public int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    /** Kills the process as {@code kill -9} would: no shutdown hook runs. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    public int awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public void restart() {
        if (process != null && process.isAlive()) {
            terminate(Duration.ofSeconds(15));
        }
        start();
        awaitHealthy();
    }

    /** An anonymous client. */
    public Api api() {
        return api;
    }

    /** A client signed in as the first admin (set up on first use: new password, TOTP). */
    public synchronized Api admin() {
        if (admin == null) {
            adminAccount = Accounts.firstAdmin(this);
            admin = Accounts.signIn(this, adminAccount);
        }
        return admin;
    }

    /** The first admin's credentials (after {@link #admin()} set it up). */
    synchronized Accounts.Account adminAccount() {
        admin();
        return adminAccount;
    }

    /** Signs the admin in afresh (after a restart that ended its session, say). */
    public synchronized Api signInAdminAgain() {
        admin();
        admin = Accounts.signIn(this, adminAccount);
        return admin;
    }

    /** A client of the redirect-only HTTP port. */
    public Api plainHttp() {
        return new Api("http", httpPort);
    }

    public Path home() {
        return home;
    }

    public int httpsPort() {
        return httpsPort;
    }

    public long pid() {
        return process.pid();
    }

    /** The Java executable the appliance runs on, as the kernel reports it (links resolved). */
    public Path javaExecutable() {
        return Path.of(process.toHandle().info().command().orElseThrow());
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Path consoleLog() {
        return home.resolve("console.log");
    }

    public String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(consoleLog());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }

    /** The application log under var/log. */
    public String log() {
        try (Stream<String> lines = Files.lines(home.resolve("var/log/parley.log"))) {
            return String.join("\n", lines.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            if (terminate(Duration.ofSeconds(15)) < 0) {
                kill();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

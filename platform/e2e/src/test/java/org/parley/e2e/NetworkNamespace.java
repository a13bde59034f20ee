package org.parley.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A Linux network namespace of a test's own, optionally with UDP blocked for a browser on a network that allows only
 * TCP (hospital guest Wi-Fi): joined to this machine by a veth pair on a /30 of 198.18.0.0/15 (RFC 2544's benchmarking
 * range: routed nowhere, nobody's real address; the pair reaches nothing but this machine). UDP is blocked by a
 * policy rule {@code ip rule add ipproto udp prohibit} in the namespace, so every UDP datagram a program there sends
 * is refused as a rejecting firewall would (the machine has no nftables; {@code tc} here has no drop action). Needs
 * root.
 *
 * <p>Chromium runs inside through a wrapper binary ({@code ip netns exec NAME chromium "$@"}) while chromedriver stays
 * outside, talking to it over {@code --remote-debugging-pipe} (a DevTools port in the namespace would be out of
 * chromedriver's reach). Closing deletes the pair and the namespace.
 */
final class NetworkNamespace implements AutoCloseable {

    private static final String IP = Files.isExecutable(Path.of("/usr/sbin/ip")) ? "/usr/sbin/ip" : "/sbin/ip";
    /** 198.18.0.0/15 holds 32,768 blocks of four addresses. */
    private static final int BLOCKS = 1 << 15;

    private final String name;
    private final String hostSide;
    private final String hostAddress;
    private final String innerAddress;

    private NetworkNamespace(String name, String hostSide, String hostAddress, String innerAddress) {
        this.name = name;
        this.hostSide = hostSide;
        this.hostAddress = hostAddress;
        this.innerAddress = innerAddress;
    }

    /** Creates the namespace and its link; UDP out of it is refused. */
    static NetworkNamespace withUdpBlocked() {
        return create(true);
    }

    /**
     * Creates the namespace and its link, UDP allowed: a place where a browser has a network interface (Chromium
     * ignores loopback for WebRTC) without touching this machine's real ones.
     */
    static NetworkNamespace linked() {
        return create(false);
    }

    private static NetworkNamespace create(boolean blockUdp) {
        SecureRandom random = new SecureRandom();
        byte[] id = new byte[3];
        random.nextBytes(id);
        String suffix = HexFormat.of().formatHex(id);
        int block = random.nextInt(BLOCKS) * 4;
        String prefix = "198." + (18 + (block >> 16)) + "." + ((block >> 8) & 0xFF) + ".";
        int last = block & 0xFF;
        NetworkNamespace namespace = new NetworkNamespace("parley-e2e-" + suffix, "pe" + suffix + "h",
                prefix + (last + 1), prefix + (last + 2));
        try {
            namespace.create("pe" + suffix + "n", blockUdp);
            return namespace;
        } catch (RuntimeException e) {
            namespace.close();
            throw e;
        }
    }

    private void create(String innerSide, boolean blockUdp) {
        run(IP, "netns", "add", name);
        run(IP, "-n", name, "link", "set", "lo", "up");
        run(IP, "link", "add", hostSide, "type", "veth", "peer", "name", innerSide, "netns", name);
        run(IP, "addr", "add", hostAddress + "/30", "dev", hostSide);
        run(IP, "link", "set", hostSide, "up");
        run(IP, "-n", name, "addr", "add", innerAddress + "/30", "dev", innerSide);
        run(IP, "-n", name, "link", "set", innerSide, "up");
        if (blockUdp) {
            run(IP, "-n", name, "rule", "add", "ipproto", "udp", "prohibit");
            run(IP, "-6", "-n", name, "rule", "add", "ipproto", "udp", "prohibit");
        }
    }

    /** This machine's end of the link: what a program inside reaches this machine at. */
    String hostAddress() {
        return hostAddress;
    }

    /** Options that start Chromium inside the namespace (a wrapper binary written to this folder). */
    Consumer<ChromeOptions> chromium(Path folder) {
        try {
            Path wrapper = Files.createDirectories(folder).resolve("chromium-in-" + name);
            Files.writeString(wrapper, "#!/bin/sh\nexec " + IP + " netns exec " + name + " /usr/bin/chromium \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
            return options -> {
                options.setBinary(wrapper.toString());
                options.addArguments("--remote-debugging-pipe");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the link and the namespace (the browsers inside must have quit). Idempotent. */
    @Override
    public void close() {
        quietly(IP, "link", "del", hostSide);
        quietly(IP, "netns", "del", name);
    }

    private static void quietly(String... command) {
        try {
            run(command);
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (root needed): " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (" + hostAddress + " ↔ " + innerAddress + ")";
    }
}

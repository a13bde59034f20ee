package org.parley.media.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HexFormat;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Test support for parsers of hostile input: hex packets, seeded mutations (random bytes, truncations, bit flips)
 * and the check that a parser neither throws nor reads outside its view. The view is placed at the very end of
 * the array (a read past it throws) after a random prefix; the probe runs over two different prefixes and must
 * describe the same result (a read before the view would see different bytes).
 */
public final class HostileInput {

    /** Parses a view and describes everything it read; must not allocate in the parser, may in the probe. */
    @FunctionalInterface
    public interface Probe {
        String describe(byte[] array, int offset, int length);
    }

    private HostileInput() {
    }

    public static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replaceAll("\\s+", ""));
    }

    /** Asserts that {@code probe} over {@code packet} neither throws nor reads outside the packet's view. */
    public static void assertConfined(byte[] packet, Probe probe, Random random) {
        int prefix = 1 + random.nextInt(16);
        byte[] first = new byte[prefix + packet.length];
        byte[] second = new byte[prefix + packet.length];
        random.nextBytes(first);
        random.nextBytes(second);
        System.arraycopy(packet, 0, first, prefix, packet.length);
        System.arraycopy(packet, 0, second, prefix, packet.length);
        try {
            assertEquals(probe.describe(first, prefix, packet.length), probe.describe(second, prefix, packet.length),
                    () -> "read outside the view of " + HexFormat.of().formatHex(packet));
        } catch (RuntimeException e) {
            fail("threw on " + HexFormat.of().formatHex(packet), e);
        }
    }

    /**
     * Feeds {@code cases} mutated packets to {@code check}: a third random bytes of random length, a third
     * truncations of a seed, a third seeds with 1–4 flipped bits.
     */
    public static void mutations(byte[][] seeds, Random random, int cases, Consumer<byte[]> check) {
        for (int index = 0; index < cases; index++) {
            byte[] seed = seeds[random.nextInt(seeds.length)];
            switch (index % 3) {
                case 0 -> {
                    byte[] noise = new byte[random.nextInt(80)];
                    random.nextBytes(noise);
                    if (noise.length > 0 && random.nextBoolean()) {
                        noise[0] = (byte) (0x80 | noise[0] & 0x3F);
                    }
                    check.accept(noise);
                }
                case 1 -> check.accept(java.util.Arrays.copyOf(seed, random.nextInt(seed.length + 1)));
                default -> {
                    byte[] flipped = seed.clone();
                    for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                        flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                    check.accept(flipped);
                }
            }
        }
    }
}

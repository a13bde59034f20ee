package org.parley.media.internal.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The allocation-free HMAC-SHA1 equals {@code javax.crypto.Mac} for random keys (short and over 64 bytes). */
class HmacSha1Test {
    @Test
    void hmacMatchesJavaxMac() throws Exception {
        Random random = new Random(2104);
        HmacSha1 hmac = new HmacSha1();
        Mac mac = Mac.getInstance("HmacSHA1");
        for (int i = 0; i < 2_000; i++) {
            byte[] key = new byte[1 + random.nextInt(100)];
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(data);
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] expected = mac.doFinal(data);
            hmac.start(new HmacKey(key.clone()));
            int split = data.length / 3;
            hmac.update(data, 0, split);
            hmac.update(data, split, data.length - split);
            byte[] actual = new byte[HmacSha1.MAC_BYTES + 5];
            hmac.finish(actual, 5);
            assertArrayEquals(expected, Arrays.copyOfRange(actual, 5, actual.length), "key of " + key.length);
        }
    }
}

package org.parley.media.internal.sdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of real Chrome offers (seeded, so a failure repeats): whatever the parser, the answer writer
 * and a negotiation do with them, the only exception they may throw is {@link SdpRefusal}, and every answer they
 * write parses again.
 */
class SdpMutationPropertyTest {
    private static final int CASES = 4000;
    private static final String[] FRAGMENTS = {"\r", "\n", "\r\n", "\u0000", " ", ":", "/", "=", "0", "-1", "128",
        "4294967296", "99999999999999999999", "a=", "m=", "a=mid:0", "a=rtcp-mux", "a=group:BUNDLE 0 1 2", "\u00e9",
        "a=ssrc-group:FID 1", "a=fmtp:96 apt=", "a=extmap:0 x", "a=rtpmap:96 VP8/90000/", "m=video 0 x 96"};

    @Test
    void mutatedOffersAreRefusedOrAnsweredNeverThrown() {
        Random random = new Random(0x5dbL);
        List<String> offers = List.of(SdpFixtures.offer(SdpFixtures.AUDIO_VIDEO),
                SdpFixtures.offer(SdpFixtures.SCREEN_SIMULCAST));
        int answered = 0;
        for (int i = 0; i < CASES; i++) {
            String mutated = mutate(offers.get(i % offers.size()), random, 1 + random.nextInt(4));
            answered += survives(mutated, i) ? 1 : 0;
        }
        assertTrue(answered > CASES / 20, "some mutations stay acceptable: " + answered);
        assertTrue(answered < CASES, "some mutations are refused: " + answered);
    }

    @Test
    void parseWriteParseKeepsWhatTheAnswerAccepted() throws SdpRefusal {
        for (String name : List.of(SdpFixtures.AUDIO_VIDEO, SdpFixtures.SCREEN_SIMULCAST)) {
            SessionDescription offer = SdpParser.parseOffer(SdpFixtures.offer(name));
            SessionDescription answer = SdpParser.parse(AnswerWriter.write(offer, SdpFixtures.LOCAL, 1));
            SessionDescription again = SdpParser.parse(AnswerWriter.write(offer, SdpFixtures.LOCAL, 1));
            assertEquals(answer, again);
            for (MediaDescription m : answer.media()) {
                RtpSetup chosen = CodecSelection.select(offer.media(m.mid()));
                assertEquals(chosen.formats(), m.formats());
                assertEquals(chosen.extensions(), m.extensions());
                assertEquals(chosen.codec().feedback(), m.codec(chosen.codec().payloadType()).feedback());
            }
        }
    }

    private static boolean survives(String sdp, int caseNumber) {
        try {
            SessionDescription offer = SdpParser.parseOffer(sdp);
            SdpParser.parse(AnswerWriter.write(offer, SdpFixtures.LOCAL, 1));
            Negotiation negotiation = new Negotiation(SdpFixtures.LOCAL);
            negotiation.answer(sdp);
            String serverOffer = negotiation.offer(NegotiationTest.tracks(1, 2)).write();
            negotiation.applyAnswer(BrowserAnswerer.answer(serverOffer));
            return true;
        } catch (SdpRefusal expected) {
            assertTrue(expected.getMessage().length() < 400, "case " + caseNumber + ": " + expected.getMessage());
            return false;
        } catch (RuntimeException e) {
            fail("case " + caseNumber + " threw " + e + " on:\n" + sdp, e);
            return false;
        }
    }

    private static String mutate(String sdp, Random random, int times) {
        String text = sdp;
        for (int i = 0; i < times; i++) {
            int at = random.nextInt(text.length());
            text = switch (random.nextInt(6)) {
                case 0 -> text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(8)));
                case 1 -> text.substring(0, at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + text.substring(at);
                case 2 -> text.substring(0, at);
                case 3 -> flipDigit(text, at, random);
                default -> shuffleLines(text, random);
            };
        }
        return text;
    }

    private static String flipDigit(String text, int at, Random random) {
        int digit = text.indexOf(Character.forDigit(random.nextInt(10), 10), at);
        return digit < 0 ? text : text.substring(0, digit) + random.nextInt(1000) + text.substring(digit + 1);
    }

    private static String shuffleLines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n", -1)));
        int from = random.nextInt(lines.size());
        String line = lines.get(from);
        if (random.nextBoolean()) {
            lines.remove(from);
        }
        lines.add(random.nextInt(lines.size() + 1), line);
        return String.join("\r\n", lines);
    }
}

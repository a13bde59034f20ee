package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * People of one media test in one meeting, each a page with a fake camera and microphone ({@link MediaProbe}),
 * joined through the web app as a person would, and the checks every media test makes of what they decode.
 */
final class MediaCall {

    /**
     * One person in the call.
     *
     * @param joinClickedAt the page's {@code performance.now()} when Join was clicked (the first frame's timeline)
     */
    record Person(MediaProbe probe, String id, double joinClickedAt) {

        MeetingPage page() {
            return probe.page();
        }

        Signature signature() {
            return probe.signature();
        }

        /** Milliseconds from Join to the first frame of any remote tile on this page. */
        long joinToFirstRemoteFrame() {
            return Math.round(probe.feeds().stream().filter(f -> !f.screen() && f.firstFrameAt() != null)
                    .mapToDouble(MediaProbe.Feed::firstFrameAt).min().orElseThrow() - joinClickedAt);
        }

        @Override
        public String toString() {
            return probe + " " + id;
        }
    }

    private MediaCall() {
    }

    /** A guest opens the meeting's link and joins with this name (an open meeting: no lobby). */
    static Person guestJoins(MediaProbe probe, String link, String name) {
        MeetingPage page = probe.page();
        page.open(link);
        page.shown("prejoin");
        WebElement field = page.shown("join-name");
        field.clear();
        field.sendKeys(name);
        return clickJoin(probe);
    }

    /** The host signs in on the sign-in page, lands on the meeting's pre-join screen and joins. */
    static Person hostJoins(MediaProbe probe, String site, String meetingId, Accounts.Account host) {
        MeetingPage page = probe.page();
        page.open(site + "/sign-in?next=" + URLEncoder.encode("/m/" + meetingId, StandardCharsets.UTF_8));
        page.signIn(host);
        page.browser().await(ExpectedConditions.urlToBe(site + "/m/" + meetingId));
        page.shown("prejoin");
        return clickJoin(probe);
    }

    private static Person clickJoin(MediaProbe probe) {
        MeetingPage page = probe.page();
        double clickedAt = ((Number) page.script("return performance.now()")).doubleValue();
        page.click("join-button");
        page.shown("room");
        return new Person(probe, page.frame("welcome").path("you").path("id").asText(), clickedAt);
    }

    /**
     * Waits until the receiver decodes each sender's colour and tone in that sender's tile, then checks that no
     * feed on the receiver's page is its own signature (a reflected own stream) and that it shows no one else.
     */
    static void awaitEachOther(Person receiver, List<Person> senders) {
        for (Person sender : senders) {
            until(receiver, "it decodes " + sender + "'s colour and tone", probe -> probe.feed(sender.id())
                    .filter(feed -> feed.colour().equals(Optional.of(sender.signature()))
                            && feed.heard().equals(Optional.of(sender.signature()))).isPresent());
        }
        List<MediaProbe.Feed> feeds = receiver.probe().feeds().stream().filter(f -> !f.screen()).toList();
        for (MediaProbe.Feed feed : feeds) {
            assertTrue(!feed.colour().equals(Optional.of(receiver.signature()))
                    && !feed.heard().equals(Optional.of(receiver.signature())), receiver + " receives its own media"
                    + " back: " + feed);
        }
        assertEquals(senders.stream().map(Person::id).sorted().toList(),
                feeds.stream().map(MediaProbe.Feed::participant).sorted().toList(), receiver + "'s remote tiles");
    }

    /** Waits (at most 20 s) until the condition holds on the person's probe; a timeout shows what the page had. */
    static void until(Person person, String what, Predicate<MediaProbe> condition) {
        try {
            person.page().until(what, page -> condition.test(person.probe()));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the page has " + person.probe().feeds() + ", sends "
                    + person.probe().sending(), e);
        }
    }
}

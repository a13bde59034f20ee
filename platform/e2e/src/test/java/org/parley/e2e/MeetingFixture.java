package org.parley.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people of the meeting tests on one appliance: a {@code host} account that owns the meetings it creates, a
 * {@code member} (staff, not the owner) and guests, each guest with a client address of its own
 * ({@code X-Forwarded-For} from the trusted proxy 127.0.0.1), so blocking or throttling one guest touches no other
 * test. Made once per appliance; sessions ended by a moved clock are signed in again.
 */
final class MeetingFixture {

    private static final Map<String, MeetingFixture> BY_APPLIANCE = new ConcurrentHashMap<>();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    /** A reserved seat, as {@code POST /api/v1/meetings/{id}/join} answered it. */
    record Ticket(String token, String participant, String state, JsonNode body) {

        static Ticket of(Reply reply) {
            JsonNode body = Accounts.expect(200, reply).json();
            return new Ticket(body.path("token").asText(), body.path("participant").asText(),
                    body.path("state").asText(), body);
        }
    }

    private final Appliance parley;
    private final Accounts.Account hostAccount;
    private final Accounts.Account memberAccount;
    private Api host;
    private Api member;

    private MeetingFixture(Appliance parley) {
        this.parley = parley;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        this.hostAccount = Accounts.create(parley, "mhost-" + suffix, "host");
        this.memberAccount = Accounts.create(parley, "mmember-" + suffix, "member");
    }

    static MeetingFixture of(Appliance parley) {
        return BY_APPLIANCE.computeIfAbsent(parley.home().toString(), home -> new MeetingFixture(parley));
    }

    /** A client address no other guest of this run has. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.99." + n / 250 + "." + (n % 250 + 1);
    }

    String hostName() {
        return hostAccount.username();
    }

    /** The host's credentials, for a browser that signs in as the host of the fixture's meetings. */
    Accounts.Account hostAccount() {
        return hostAccount;
    }

    String memberName() {
        return memberAccount.username();
    }

    /** A fresh session of the member as a forged cross-site request would carry it: the cookie, no CSRF token. */
    Api memberCookieOnly() {
        Reply signIn = Session.signInReply(parley.api(), memberAccount.username(), memberAccount.password(), null);
        return parley.api().with(Map.of("Cookie", Session.headers(signIn).get("Cookie")));
    }

    /** The host's session, signed in again when the clock ended it. */
    synchronized Api host() {
        host = live(host, hostAccount);
        return host;
    }

    /** The member's session, signed in again when the clock ended it. */
    synchronized Api member() {
        member = live(member, memberAccount);
        return member;
    }

    /** Creates a meeting of the host with these options (JSON members, may be empty); its URL id. */
    String create(String title, String options) {
        String body = "{\"title\": " + Session.quote(title) + ", \"start\": \"" + Accounts.now(parley).plusSeconds(600)
                + "\", \"durationMinutes\": 60, \"timeZone\": \"Europe/Berlin\"" + (options.isBlank() ? "" : ", "
                + options) + "}";
        return Accounts.expect(201, host().post("/api/v1/meetings", body)).json().path("id").asText();
    }

    /** A meeting anyone with the link may join at once: no waiting room, guests welcome, no host needed first. */
    String createOpen(String title) {
        return create(title, "\"waitingRoom\": false, \"guestsAllowed\": true, \"joinBeforeHost\": true");
    }

    /** {@code POST /api/v1/meetings/{id}/join} with this body, from this client and address. */
    static Reply join(Api caller, String meetingId, String body, String address) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        if (address != null) {
            headers.put("X-Forwarded-For", address);
        }
        return caller.send(java.net.http.HttpRequest.newBuilder(caller.uri("/api/v1/meetings/" + meetingId + "/join"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    Ticket hostJoins(String meetingId) {
        return Ticket.of(join(host(), meetingId, "{}", null));
    }

    Ticket memberJoins(String meetingId) {
        return Ticket.of(join(member(), meetingId, "{}", null));
    }

    /** A guest named so joins from a client address of its own. */
    Ticket guestJoins(String meetingId, String name) {
        return guestJoins(meetingId, name, newAddress());
    }

    Ticket guestJoins(String meetingId, String name, String address) {
        return Ticket.of(join(parley.api(), meetingId, "{\"name\": " + Session.quote(name) + "}", address));
    }

    /** The audit records about one meeting (target = its id), oldest first, as the admin reads them. */
    List<JsonNode> audit(String meetingId) {
        Reply reply = Accounts.expect(200, Accounts.liveAdmin(parley).get("/api/v1/audit?limit=1000&target="
                + meetingId));
        List<JsonNode> records = new java.util.ArrayList<>();
        reply.json().forEach(records::add);
        return records;
    }

    private Api live(Api session, Accounts.Account account) {
        if (session != null && session.get("/api/v1/account", Map.of("X-Parley-Background", "1")).status() == 200) {
            return session;
        }
        return Accounts.signIn(parley, account);
    }
}

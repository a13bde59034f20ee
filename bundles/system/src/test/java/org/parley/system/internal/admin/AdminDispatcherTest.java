package org.parley.system.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.parley.api.admin.AdminCommand;
import org.parley.api.admin.AdminCommandException;
import org.parley.audit.api.AuditEvent;
import org.parley.audit.api.AuditEvent.Outcome;
import org.parley.system.internal.AuditTrail;
import org.parley.testing.support.FakeAudit;

class AdminDispatcherTest {

    private final FakeAudit audit = new FakeAudit();
    private final AdminDispatcher dispatcher = new AdminDispatcher(new AuditTrail(() -> audit));
    private final Peer root = new Peer("root", 4242);

    @Test
    void runsTheNamedCommandAndAuditsIt() {
        dispatcher.add("echo", request -> Map.of("caller", request.caller(), "said", request.argument("say", "")));
        String reply = dispatcher.handle(root, request("echo", Map.of("say", "hi")));
        assertEquals("{\"ok\":true,\"result\":{\"caller\":\"root (uid 0, parleyctl pid 4242)\",\"said\":\"hi\"}}\n",
                sorted(reply));
        AuditEvent event = last();
        assertEquals("admin.echo", event.action());
        assertEquals("root (uid 0, parleyctl pid 4242)", event.actor());
        assertEquals(Outcome.SUCCESS, event.outcome());
        assertEquals(Map.of("argument.say", "hi"), event.details());
    }

    @Test
    void refusesAnyoneButRootWithoutRunningAnything() {
        AtomicInteger runs = new AtomicInteger();
        dispatcher.add("status", request -> runs.incrementAndGet());
        String reply = dispatcher.handle(new Peer("parley", 9), request("status", Map.of()));
        assertEquals(AdminProtocol.failure(77, "parleyctl must be run as root"), reply);
        assertEquals(0, runs.get());
        assertEquals(Outcome.FAILURE, last().outcome());
        assertEquals("parley (parleyctl pid 9)", last().actor());
        assertEquals("admin.status", last().action());
    }

    @Test
    void unknownCommandListsTheKnownOnes() {
        dispatcher.add("status", request -> "up");
        dispatcher.add("check", request -> "ok");
        String reply = dispatcher.handle(root, request("frobnicate", Map.of()));
        assertEquals(AdminProtocol.failure(2, "unknown command 'frobnicate'; this Parley knows: check, status"),
                reply);
        assertEquals("admin.frobnicate", last().action());
        assertEquals(Outcome.FAILURE, last().outcome());
    }

    @Test
    void aRefusalKeepsItsExitStatusAndMessage() {
        dispatcher.add("drain", request -> {
            throw new AdminCommandException(75, "meetings still live");
        });
        assertEquals(AdminProtocol.failure(75, "meetings still live"),
                dispatcher.handle(root, request("drain", Map.of())));
        assertEquals("meetings still live", last().details().get("reason"));
    }

    @Test
    void aCrashingCommandIsAFailureReplyNotACrash() {
        dispatcher.add("boom", request -> {
            throw new IllegalStateException("secret internals");
        });
        String reply = dispatcher.handle(root, request("boom", Map.of()));
        assertTrue(reply.startsWith("{\"ok\":false,\"exitStatus\":1,"), reply);
        assertTrue(!reply.contains("secret internals"), reply);
        assertEquals(Outcome.FAILURE, last().outcome());
    }

    @Test
    void everyCallIsAuditedWithSecretsMasked() {
        dispatcher.add("config.set", request -> "done");
        dispatcher.handle(root, request("config.set", Map.of("pid", "p", "value.bindPassword", "hunter2")));
        dispatcher.handle(new Peer("nobody", 1), request("config.set", Map.of("value.bindPassword", "hunter2")));
        dispatcher.unreadable(root, "the request is not JSON");
        assertEquals(3, audit.events.size());
        for (AuditEvent event : audit.events) {
            assertTrue(!event.details().toString().contains("hunter2"), event.toString());
        }
        assertEquals("****", audit.events.get(0).details().get("argument.value.bindPassword"));
        assertEquals("admin.invalid", last().action());
    }

    @Test
    void aResultThatCannotBeWrittenIsAFailure() {
        dispatcher.add("odd", request -> new Object());
        String reply = dispatcher.handle(root, request("odd", Map.of()));
        assertTrue(reply.startsWith("{\"ok\":false,\"exitStatus\":1,"), reply);
    }

    @Test
    void aRemovedCommandIsUnknownAgain() {
        AdminCommand command = request -> List.of();
        dispatcher.add("gone", command);
        dispatcher.remove("gone", command);
        assertTrue(dispatcher.handle(root, request("gone", Map.of())).contains("\"exitStatus\":2"));
    }

    private static AdminProtocol.Request request(String command, Map<String, String> arguments) {
        return new AdminProtocol.Request(command, arguments, -1);
    }

    /** Map.of has no order; the two keys are put in alphabetical order for the comparison. */
    private static String sorted(String reply) {
        return reply.contains("\"said\":\"hi\",\"caller\"") ? reply.replace(
                "{\"said\":\"hi\",\"caller\":\"root (uid 0, parleyctl pid 4242)\"}",
                "{\"caller\":\"root (uid 0, parleyctl pid 4242)\",\"said\":\"hi\"}") : reply;
    }

    private AuditEvent last() {
        return audit.events.get(audit.events.size() - 1);
    }
}

package org.parley.signaling.internal.connection;

import java.time.Instant;
import java.util.function.Consumer;
import org.parley.meetings.api.Attendance;
import org.parley.meetings.api.CloseReason;
import org.parley.meetings.api.CommandRefused;
import org.parley.meetings.api.JoinRefused;
import org.parley.meetings.api.MeetingCommand;
import org.parley.meetings.api.MeetingEvent;
import org.parley.meetings.api.ParticipantChannel;
import org.parley.signaling.internal.protocol.BadMessage;
import org.parley.signaling.internal.protocol.ClientMessage;
import org.parley.signaling.internal.protocol.MessageCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's WebSocket connection: awaiting join → attached → closed. Frames from the client arrive through
 * {@link #onText}/{@link #onBinary} on the transport's reading thread, one at a time; the meetings bundle delivers
 * events and closes through {@link ParticipantChannel} from its own threads; {@link #tick} runs on a timer. No
 * lock is held while calling the meetings bundle or the transport.
 * <p>
 * A connection that ends without a leave and without the meetings bundle closing it (client gone, slow reader,
 * flood, frame too big, shutdown) is a drop: {@link Attendance#disconnected()} is called once, through the
 * context's callback executor.
 * <p>
 * The answer to the browser's {@code sdp-offer} carries the offer's {@code id} as {@code ref}: meetings delivers it
 * ({@link MeetingEvent.MediaAnswer}) before {@link Attendance#send} of the offer returns, so the id of the offer
 * being sent is the one to echo.
 */
public final class Connection implements ParticipantChannel {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    enum State { AWAITING_JOIN, JOINING, ATTACHED, CLOSING, CLOSED }

    private final String id;
    private final String client;
    private final Transport transport;
    private final SignalingContext context;
    private final OutgoingQueue outgoing;
    private final FloodGuard floodGuard;
    private final Instant openedAt;
    private final Consumer<Connection> onGone;

    private State state = State.AWAITING_JOIN;
    private Attendance attendance;
    private boolean closedByMeeting;
    private boolean left;
    private Closing ourClose;
    private Instant closingSince;
    private String offerRef;

    Connection(String id, String client, Transport transport, SignalingContext context,
            Consumer<Connection> onGone) {
        this.id = id;
        this.client = client;
        this.transport = transport;
        this.context = context;
        this.onGone = onGone;
        ConnectionLimits limits = context.limits();
        this.outgoing = new OutgoingQueue(transport, limits.queuedFrames());
        this.floodGuard = new FloodGuard(new TokenBucket(context.clock(), limits.messagesPerSecond(),
                limits.burst()), ConnectionLimits.REFUSALS_BEFORE_CLOSE);
        this.openedAt = context.clock().now();
    }

    /** A text frame from the client. */
    public void onText(String frame) {
        if (!withinRate()) {
            return;
        }
        ClientMessage message;
        try {
            message = context.codec().decode(frame);
        } catch (BadMessage e) {
            LOG.debug("signaling connection {}: invalid message (field {})", id, e.field());
            reply(context.codec().error(MessageCodec.INVALID, e.getMessage(), e.ref()));
            return;
        }
        dispatch(message);
    }

    /** A binary frame from the client: protocol v1 has none. */
    public void onBinary() {
        if (withinRate()) {
            reply(context.codec().error(MessageCodec.INVALID, "binary frames are not accepted; send JSON text",
                    null));
        }
    }

    /** The transport closed, whoever started it. Idempotent. */
    public void onClosed(int code) {
        Attendance dropped;
        Closing ours;
        synchronized (this) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            ours = ourClose;
            dropped = attendance != null && !closedByMeeting && !left ? attendance : null;
        }
        outgoing.discard();
        onGone.accept(this);
        LOG.info("signaling connection {} closed: participant {}, code {}", id, participantId(),
                ours == null ? code : ours.code());
        if (dropped != null) {
            reportDrop(dropped);
        }
    }

    /** Timer work: the join timeout, and dropping a peer that does not finish a close. */
    public void tick() {
        Instant now = context.clock().now();
        boolean joinLate;
        boolean closeStuck;
        synchronized (this) {
            joinLate = state == State.AWAITING_JOIN && !now.isBefore(openedAt.plus(context.limits().joinTimeout()));
            closeStuck = state == State.CLOSING && !now.isBefore(closingSince.plus(ConnectionLimits.CLOSE_GRACE));
        }
        if (joinLate) {
            closeAfterQueued(Closing.JOIN_TIMEOUT);
        }
        if (closeStuck) {
            transport.abort();
            onClosed(1006);
        }
    }

    /** The endpoint stops: close at once (the client reconnects and resumes elsewhere or later). */
    public void shutDown() {
        closeNow(Closing.SHUTDOWN);
    }

    @Override
    public void deliver(MeetingEvent event) {
        String frame;
        try {
            frame = event instanceof MeetingEvent.MediaAnswer answer ? context.codec().answer(answer, offerRef())
                    : context.codec().encode(event);
        } catch (RuntimeException e) {
            LOG.warn("signaling connection {}: could not encode a {} event", id, event.getClass().getSimpleName(), e);
            return;
        }
        reply(frame);
    }

    @Override
    public void close(CloseReason reason) {
        synchronized (this) {
            closedByMeeting = true;
        }
        closeAfterQueued(Closing.of(reason));
    }

    String id() {
        return id;
    }

    synchronized State state() {
        return state;
    }

    private boolean withinRate() {
        State now = state();
        if (now == State.CLOSING || now == State.CLOSED) {
            return false;
        }
        switch (floodGuard.next()) {
            case PASS:
                return true;
            case REFUSE:
                reply(context.codec().error(MessageCodec.TOO_MANY, "too many messages; slow down", null));
                return false;
            default:
                closeNow(Closing.TOO_MANY);
                return false;
        }
    }

    private void dispatch(ClientMessage message) {
        State now = state();
        if (message instanceof ClientMessage.Join join) {
            if (now == State.AWAITING_JOIN) {
                join(join);
            } else {
                reply(context.codec().error(MessageCodec.INVALID, "already joined: join comes once per connection",
                        join.ref()));
            }
        } else if (now != State.ATTACHED) {
            reply(context.codec().error(MessageCodec.NOT_JOINED, "send a join message first", message.ref()));
        } else if (message instanceof ClientMessage.Ping) {
            reply(context.codec().pong());
        } else {
            command((ClientMessage.Command) message);
        }
    }

    private void join(ClientMessage.Join join) {
        synchronized (this) {
            if (state != State.AWAITING_JOIN) {
                return;
            }
            state = State.JOINING;
        }
        Attendance attached;
        try {
            attached = context.meetings().attach(join.token(), this);
        } catch (JoinRefused e) {
            LOG.debug("signaling connection {}: join refused ({})", id, e.reason());
            closeAfterQueued(Closing.of(e));
            return;
        } catch (RuntimeException e) {
            LOG.warn("signaling connection {}: attaching failed", id, e);
            closeAfterQueued(Closing.SERVER_ERROR);
            return;
        }
        attached(attached);
    }

    private void attached(Attendance attached) {
        boolean droppedMeanwhile;
        synchronized (this) {
            attendance = attached;
            droppedMeanwhile = state == State.CLOSED && !closedByMeeting;
            if (state == State.JOINING) {
                state = State.ATTACHED;
            }
        }
        LOG.info("signaling connection {} from {}: participant {} attached", id, client, attached.participantId());
        if (droppedMeanwhile) {
            reportDrop(attached);
        }
    }

    private void command(ClientMessage.Command message) {
        MeetingCommand command = message.command();
        Attendance attached;
        synchronized (this) {
            attached = attendance;
            offerRef = command instanceof MeetingCommand.MediaOffer ? message.ref() : null;
        }
        try {
            attached.send(command);
            if (command instanceof MeetingCommand.Leave) {
                synchronized (this) {
                    left = true;
                }
            }
        } catch (CommandRefused e) {
            LOG.debug("signaling connection {}: {} refused ({})", id, command.getClass().getSimpleName(), e.code());
            reply(context.codec().error(e.code(), e.getMessage(), message.ref()));
        } catch (RuntimeException e) {
            LOG.warn("signaling connection {}: {} failed", id, command.getClass().getSimpleName(), e);
            reply(context.codec().error(MessageCodec.INVALID, "the server could not apply this message",
                    message.ref()));
        }
    }

    private void reply(String frame) {
        if (!outgoing.offer(frame)) {
            LOG.debug("signaling connection {}: {} frames unread, closing", id, outgoing.size());
            closeNow(Closing.TOO_SLOW);
        }
    }

    private void closeNow(Closing closing) {
        if (beginClosing(closing)) {
            outgoing.closeNow(closing);
        }
    }

    private void closeAfterQueued(Closing closing) {
        if (beginClosing(closing)) {
            outgoing.closeAfterQueued(closing);
        }
    }

    private synchronized boolean beginClosing(Closing closing) {
        if (state == State.CLOSING || state == State.CLOSED) {
            return false;
        }
        state = State.CLOSING;
        ourClose = closing;
        closingSince = context.clock().now();
        return true;
    }

    private synchronized String offerRef() {
        return offerRef;
    }

    private synchronized String participantId() {
        return attendance == null ? "-" : attendance.participantId();
    }

    private void reportDrop(Attendance dropped) {
        context.callbacks().execute(() -> {
            try {
                dropped.disconnected();
            } catch (RuntimeException e) {
                LOG.warn("signaling connection {}: reporting the drop failed", id, e);
            }
        });
    }
}

package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.parley.meetings.api.MeetingCommand;

/**
 * The value kinds a client message's fields may have, each with its check. Lengths count characters (Unicode code
 * points), as a person would; the JSON Schema ({@code schema/signaling-v1.json}) states the same bounds.
 */
enum FieldType {

    /** A participant id: opaque and URL-safe, as the meetings bundle makes them. */
    PARTICIPANT_ID(1, 64, "[A-Za-z0-9._~-]+", "only letters, digits and . _ ~ -"),
    /** A join token: base64url parts joined by dots (meetings checks the rest and refuses it with a close). */
    TOKEN(1, 4096, "[A-Za-z0-9_.-]+", "a join token (base64url and dots)"),
    /** Chat text: line breaks and tabs allowed, other control characters not. */
    CHAT_TEXT(1, 2000, FieldType::controlButBreaks),
    /** A person's name: no control characters at all. */
    NAME(1, 64, Character::isISOControl),
    /** The optional message id a client uses to match errors ({@code ref}). */
    MESSAGE_ID(1, 64, Character::isISOControl),
    /** SDP text (RFC 8866 §5: lines end in CRLF); other control characters are refused. */
    SDP(1, MeetingCommand.MediaOffer.MAX_SDP, FieldType::controlButBreaks),
    /** A media mid (RFC 8843 §15: an RFC 4566 {@code token}), a key of {@link #SENDING}. */
    MID(1, 16, "[!#$%&'*+\\-.0-9A-Z^_`a-z{|}~]+", "token characters (RFC 4566)"),
    /** {@code true} or {@code false}. */
    BOOLEAN(0, 0, null),
    /** A server offer's revision: a whole JSON number from 1. */
    REVISION(0, 0, null),
    /** What a browser sends, by mid: an object of at most 16 {@link #MID}s to {@code audio|video|screen}. */
    SENDING(0, MeetingCommand.MediaOffer.MAX_SENDING, null);

    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final String patternText;
    private final IntPredicate refusedCharacter;

    FieldType(int minLength, int maxLength, String pattern, String patternText) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(pattern);
        this.patternText = patternText;
        this.refusedCharacter = null;
    }

    FieldType(int minLength, int maxLength, IntPredicate refusedCharacter) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = null;
        this.patternText = null;
        this.refusedCharacter = refusedCharacter;
    }

    /** A control character other than a line break or a tab. */
    private static boolean controlButBreaks(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }

    int minLength() {
        return minLength;
    }

    int maxLength() {
        return maxLength;
    }

    /** The regular expression a whole value must match, or {@code null} (the JSON Schema carries it too). */
    String pattern() {
        return pattern == null ? null : pattern.pattern();
    }

    /** What is wrong with {@code value} for this type, or {@code null} when it is good. */
    String problem(JsonNode value) {
        if (this == BOOLEAN) {
            return value.isBoolean() ? null : "must be true or false";
        }
        if (this == REVISION) {
            return value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 1 ? null
                    : "must be a whole number from 1";
        }
        if (this == SENDING) {
            return Sending.problem(value);
        }
        if (!value.isTextual()) {
            return "must be a string";
        }
        String text = value.textValue();
        int length = text.codePointCount(0, text.length());
        if (length < minLength || length > maxLength) {
            return "must be " + minLength + " to " + maxLength + " characters long (is " + length + ")";
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            return "must be " + patternText;
        }
        if (refusedCharacter != null && text.codePoints().anyMatch(refusedCharacter)) {
            return "must not contain control characters";
        }
        return text.isBlank() ? "must not be blank" : null;
    }
}

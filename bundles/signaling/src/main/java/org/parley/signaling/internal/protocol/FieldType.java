package org.parley.signaling.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

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
    CHAT_TEXT(1, 2000, c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'),
    /** A person's name: no control characters at all. */
    NAME(1, 64, Character::isISOControl),
    /** The optional message id a client uses to match errors ({@code ref}). */
    MESSAGE_ID(1, 64, Character::isISOControl),
    /** {@code true} or {@code false}. */
    BOOLEAN(0, 0, null);

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

package org.parley.signaling.internal.protocol;

/**
 * One field a client message type allows.
 *
 * @param name the JSON member name
 * @param type what its value must be
 * @param required whether the message is refused without it
 */
record Field(String name, FieldType type, boolean required) {

    static Field required(String name, FieldType type) {
        return new Field(name, type, true);
    }

    static Field optional(String name, FieldType type) {
        return new Field(name, type, false);
    }
}

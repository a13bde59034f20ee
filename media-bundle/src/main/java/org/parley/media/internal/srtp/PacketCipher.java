package org.parley.media.internal.srtp;

/**
 * One profile's transform of one direction, shared by all contexts of a {@link SrtpSession}. The contexts have
 * parsed the header, estimated the index and checked the replay window; the cipher only encrypts and tags, or
 * authenticates and decrypts, in place. Packets end at {@code end} (tag and SRTCP index excluded); the tag is
 * written at or read from the bytes that follow, in the profile's layout. Not thread-safe.
 */
interface PacketCipher {

    /** Encrypts the payload after {@code header} bytes and writes the tag at {@code offset + end}. */
    void protectRtp(byte[] array, int offset, int header, int end, int ssrc, long index);

    /** Checks the tag at {@code offset + end} (in constant time) and, when it matches, decrypts the payload. */
    boolean unprotectRtp(byte[] array, int offset, int header, int end, int ssrc, long index);

    /** Encrypts after the first 8 bytes and appends E flag + index and the tag; {@code word} = E | index. */
    void protectRtcp(byte[] array, int offset, int end, int ssrc, int word);

    /** Authenticates (E flag + index = {@code word}) and, if the E flag is set, decrypts. */
    boolean unprotectRtcp(byte[] array, int offset, int end, int ssrc, int word);
}

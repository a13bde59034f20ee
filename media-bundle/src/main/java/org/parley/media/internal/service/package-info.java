/**
 * The media bundle's Declarative Services components: {@link org.parley.media.internal.service.MediaServiceComponent}
 * (the {@link org.parley.media.api.MediaService}, configured by PID {@code org.parley.media.Transport}, running a
 * {@link org.parley.media.internal.service.MediaRuntime}: certificate, sockets, conferences, threads), the validator
 * of that PID's settings, the statistics resource and the meters. The top layer: may import every other media
 * package; none imports it.
 */
package org.parley.media.internal.service;

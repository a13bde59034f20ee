/**
 * End-to-end tests: the assembled distribution booted exactly as packaged (plus the test clock and the hot-swap
 * fixture), driven over HTTPS as a client would. {@link org.parley.e2e.ParleyExtension} boots one appliance shared by
 * every test class of the run; destructive tests boot their own with {@link org.parley.e2e.Appliance#boot}.
 */
package org.parley.e2e;

/** Meeting passcodes: sealed with AES-GCM under a local key file, checked in constant time. */
package org.parley.meetings.internal.passcode;

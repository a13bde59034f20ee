/** Download of the appliance's log files ({@code /api/v1/system/logs}), admin only and audited. */
package org.parley.system.internal.logs;

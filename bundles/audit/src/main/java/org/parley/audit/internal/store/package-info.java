/**
 * The audit tables over JDBC: the one-row chain head that writers lock, the records, the checkpoints and the
 * registered signer keys; plus the filtered and streaming reads. Vendor differences (Derby, PostgreSQL) stay here.
 */
package org.parley.audit.internal.store;

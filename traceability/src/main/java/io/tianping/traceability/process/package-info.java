/** traceability's reactions: a recall asks verification to intercept the recalled model. */
package io.tianping.traceability.process;

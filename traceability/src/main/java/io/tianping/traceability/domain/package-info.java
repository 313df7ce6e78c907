/** Traceability's aggregates: products (GTINs) bound to certificates, recalls, and items suspected of being cloned. */
package io.tianping.traceability.domain;

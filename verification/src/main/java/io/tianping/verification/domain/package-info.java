/**
 * The write side of verification: the certificate, listing and takedown-notice aggregates, and the policy that
 * judges a listing against a certificate. No web, JPA or Elasticsearch here.
 */
package io.tianping.verification.domain;

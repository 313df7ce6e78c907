package io.tianping.traceability.web;

/**
 * The body of {@code POST /api/v1/traceability/products}.
 *
 * @param gtin              the GTIN-14, with its check digit
 * @param name              the product's trade name, e.g. 苏泊尔电热水壶 1.7L
 * @param model             its model, as the certificate covers it
 * @param certificateNumber the CCC certificate that covers the model and names the caller as manufacturer
 */
record ProductRequest(String gtin, String name, String model, String certificateNumber) {
}

/**
 * The OpenAPI document platforms generate their clients from: its frame (security schemes, servers), the problem
 * responses every operation may give, and the rules that name and tag operations. Value types are documented by
 * {@code ValueTypeSchemas}, input bounds by {@code bounds.BoundsDocumentation}.
 */
package io.tianping.app.web.contract;

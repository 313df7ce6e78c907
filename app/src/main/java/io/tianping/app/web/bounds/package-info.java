/**
 * Every request body is bounded where it is read (issue 10): strings, numbers, dates and collections, with a 400 that
 * names the field. The numbers are {@link io.tianping.sharedkernel.Bounds}'s; the OpenAPI document states them.
 */
package io.tianping.app.web.bounds;

package io.tianping.enforcement.web;

import io.tianping.sharedkernel.Bounds;
import jakarta.validation.constraints.Size;

/** The body of a step that needs only its reason (filing, non-filing, extensions, closure, suspected crime). */
record ReasonRequest(@Size(max = Bounds.TEXT) String reason) {
}

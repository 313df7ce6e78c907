package io.tianping.spotcheck.api;

import static io.tianping.sharedkernel.Fields.text;

/**
 * A test item a sample failed, as the lab report states it.
 *
 * @param item        the test item, e.g. "泄漏电流"
 * @param standard    the standard and clause it was tested against, e.g. "GB 4706.1-2005 第13章"
 * @param requirement what the standard requires, e.g. "≤0.75 mA"
 * @param measured    what the lab measured, e.g. "1.20 mA"
 */
public record FailedItem(String item, String standard, String requirement, String measured) {

    public FailedItem {
        item = text("item", item);
        standard = text("standard", standard);
        requirement = text("requirement", requirement);
        measured = text("measured", measured);
    }
}

package io.tianping.verification.domain;

import io.tianping.verification.api.CertificateEvent.CertificateIssued;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Names the fields in which two issues of one certificate differ, so a refusal says what to look at. */
final class IssuedContent {

    private IssuedContent() {
    }

    static String differences(CertificateIssued issued, CertificateIssued attempted) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : CertificateIssued.class.getRecordComponents()) {
            if (!Objects.equals(value(component, issued), value(component, attempted))) {
                fields.add(component.getName());
            }
        }
        return String.join(", ", fields);
    }

    private static Object value(RecordComponent component, CertificateIssued event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + event, e);
        }
    }
}

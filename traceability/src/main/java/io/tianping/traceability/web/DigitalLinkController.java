package io.tianping.traceability.web;

import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.gs1.DigitalLinkParser;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public GS1 Digital Link validator: syntax 1.6, a code for every refusal. */
@RestController
class DigitalLinkController {

    /**
     * A valid Digital Link.
     *
     * @param canonical     its canonical form on {@code https://id.gs1.org}
     * @param elementString its GS1 element string, human-readable ({@code (01)…(21)…})
     * @param ais           every AI and its value, key and qualifiers first, then data attributes in AI order
     */
    record DigitalLinkResponse(String canonical, String elementString, Map<String, String> ais) { }

    @GetMapping("/api/v1/traceability/digital-link")
    DigitalLinkResponse validateDigitalLink(@RequestParam String uri) {
        DigitalLink link = DigitalLinkParser.parse(uri);
        return new DigitalLinkResponse(link.canonical(), link.elementString(), link.ais());
    }
}

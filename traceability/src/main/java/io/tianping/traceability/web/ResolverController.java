package io.tianping.traceability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tianping.traceability.gs1.DigitalLink;
import io.tianping.traceability.gs1.DigitalLinkParser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The GS1 resolver on the platform's own host, public: {@code /01/{gtin}[/10/{lot}][/21/{serial}]}. By {@code Accept}:
 * {@code text/html} the consumer's Chinese page, {@code application/linkset+json} an RFC 9264 linkset, anything else
 * the JSON passport.
 */
@RestController
class ResolverController {

    static final MediaType LINKSET = MediaType.parseMediaType("application/linkset+json");

    private final PassportReader passports;

    ResolverController(PassportReader passports) {
        this.passports = passports;
    }

    @GetMapping("/01/{gtin}")
    @Operation(summary = "The passport of a product (JSON; text/html and application/linkset+json by Accept)")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Passport.class)),
            @Content(mediaType = "text/html"), @Content(mediaType = "application/linkset+json", schema = @Schema(implementation = Linkset.class))})
    ResponseEntity<Object> resolveProduct(@PathVariable String gtin, @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept,
                                          HttpServletRequest request) {
        return resolve(path(gtin, null, null), accept, request);
    }

    @GetMapping("/01/{gtin}/10/{lot}")
    @Operation(summary = "The passport of a lot (JSON; text/html and application/linkset+json by Accept)")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Passport.class)),
            @Content(mediaType = "text/html"), @Content(mediaType = "application/linkset+json", schema = @Schema(implementation = Linkset.class))})
    ResponseEntity<Object> resolveLot(@PathVariable String gtin, @PathVariable String lot,
                                      @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept, HttpServletRequest request) {
        return resolve(path(gtin, lot, null), accept, request);
    }

    @GetMapping("/01/{gtin}/21/{serial}")
    @Operation(summary = "The passport of an item (JSON; text/html and application/linkset+json by Accept)")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Passport.class)),
            @Content(mediaType = "text/html"), @Content(mediaType = "application/linkset+json", schema = @Schema(implementation = Linkset.class))})
    ResponseEntity<Object> resolveItem(@PathVariable String gtin, @PathVariable String serial,
                                       @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept, HttpServletRequest request) {
        return resolve(path(gtin, null, serial), accept, request);
    }

    @GetMapping("/01/{gtin}/10/{lot}/21/{serial}")
    @Operation(summary = "The passport of an item of a lot (JSON; text/html and application/linkset+json by Accept)")
    @ApiResponse(responseCode = "200", content = {@Content(mediaType = "application/json", schema = @Schema(implementation = Passport.class)),
            @Content(mediaType = "text/html"), @Content(mediaType = "application/linkset+json", schema = @Schema(implementation = Linkset.class))})
    ResponseEntity<Object> resolveLotItem(@PathVariable String gtin, @PathVariable String lot, @PathVariable String serial,
                                          @Parameter(hidden = true) @RequestHeader(name = "Accept", required = false) String accept,
                                          HttpServletRequest request) {
        return resolve(path(gtin, lot, serial), accept, request);
    }

    private ResponseEntity<Object> resolve(String path, String accept, HttpServletRequest request) {
        DigitalLink link = DigitalLinkParser.parse(DigitalLink.CANONICAL_HOST + path);
        Passport passport = passports.read(link);
        MediaType wanted = preferred(accept);
        if (MediaType.TEXT_HTML.equals(wanted)) {
            return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .body(PassportPage.render(passport));
        }
        if (LINKSET.equals(wanted)) {
            String base = request.getRequestURL().toString();
            return ResponseEntity.ok().contentType(LINKSET).body(Linkset.of(link.canonical(), base, passport));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(passport);
    }

    /** HTML or a linkset when the caller asks for it before JSON; JSON otherwise (apps, curl's *&#47;*). */
    static MediaType preferred(String accept) {
        if (accept == null || accept.isBlank()) {
            return MediaType.APPLICATION_JSON;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return MediaType.APPLICATION_JSON;
        }
        MediaType best = MediaType.APPLICATION_JSON;
        double bestQuality = -1;
        for (MediaType type : types) {
            MediaType known = type.equalsTypeAndSubtype(MediaType.TEXT_HTML) ? MediaType.TEXT_HTML
                    : type.equalsTypeAndSubtype(LINKSET) ? LINKSET
                    : type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON) ? MediaType.APPLICATION_JSON : null;
            if (known != null && type.getQualityValue() > bestQuality) {
                best = known;
                bestQuality = type.getQualityValue();
            }
        }
        return best;
    }

    private static String path(String gtin, String lot, String serial) {
        var path = new StringBuilder("/01/").append(DigitalLink.encodeSegment(gtin));
        if (lot != null) {
            path.append("/10/").append(DigitalLink.encodeSegment(lot));
        }
        if (serial != null) {
            path.append("/21/").append(DigitalLink.encodeSegment(serial));
        }
        return path.toString();
    }
}

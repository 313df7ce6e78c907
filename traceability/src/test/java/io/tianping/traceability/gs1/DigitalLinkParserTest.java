package io.tianping.traceability.gs1;

import io.tianping.traceability.api.Gtin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GS1 Digital Link URI syntax 1.6: what is accepted, in its canonical form, and every refusal with its code. */
class DigitalLinkParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://id.gs1.org/01/09520123456788 | https://id.gs1.org/01/09520123456788 | (01)09520123456788",
            "https://example.com/01/09520123456788/10/ABC1/21/12345 | https://id.gs1.org/01/09520123456788/10/ABC1/21/12345 | (01)09520123456788(10)ABC1(21)12345",
            "https://brand.example.cn/shop/products/01/09520123456788/21/S1 | https://id.gs1.org/01/09520123456788/21/S1 | (01)09520123456788(21)S1",
            "https://id.gs1.org/01/09520123456788/22/2A/10/L1/21/S1 | https://id.gs1.org/01/09520123456788/22/2A/10/L1/21/S1 | (01)09520123456788(22)2A(10)L1(21)S1",
            "HTTP://id.gs1.org/01/09520123456788?17=261231&3103=000500 | https://id.gs1.org/01/09520123456788?17=261231&3103=000500 | (01)09520123456788(17)261231(3103)000500",
            "https://id.gs1.org/01/09520123456788?3103=000500&17=261231 | https://id.gs1.org/01/09520123456788?17=261231&3103=000500 | (01)09520123456788(17)261231(3103)000500",
            "https://id.gs1.org/01/09520123456788/21/A%2FB?linkType=gs1:pip | https://id.gs1.org/01/09520123456788/21/A%2FB | (01)09520123456788(21)A/B",
            "https://id.gs1.org/01/09520123456788/10/a%21b#frag | https://id.gs1.org/01/09520123456788/10/a%21b | (01)09520123456788(10)a!b",
            "https://id.gs1.org/00/106141412345678908 | https://id.gs1.org/00/106141412345678908 | (00)106141412345678908",
            "https://id.gs1.org/414/0614141003464/254/1234 | https://id.gs1.org/414/0614141003464/254/1234 | (414)0614141003464(254)1234",
            "https://id.gs1.org/8004/4000001111 | https://id.gs1.org/8004/4000001111 | (8004)4000001111"})
    void acceptsAndCanonicalises(String uri, String canonical, String elementString) {
        DigitalLink link = DigitalLinkParser.parse(uri);
        assertThat(link.canonical()).isEqualTo(canonical);
        assertThat(link.elementString()).isEqualTo(elementString);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "https://id.gs1.org/01/09520123456789 | CHECK_DIGIT",
            "https://id.gs1.org/00/106141412345678909 | CHECK_DIGIT",
            "https://id.gs1.org/414/0614141003465 | CHECK_DIGIT",
            "https://id.gs1.org/01/9520123456788 | ZERO_SUPPRESSED_GTIN",
            "https://id.gs1.org/01/952012345678 | ZERO_SUPPRESSED_GTIN",
            "https://id.gs1.org/01/95201234 | ZERO_SUPPRESSED_GTIN",
            "https://id.gs1.org/01/0952012345678X | BAD_VALUE",
            "https://id.gs1.org/01/095201234567880 | BAD_VALUE",
            "https://id.gs1.org/01/09520123456788/10/ABCDEFGHIJKLMNOPQRSTU | BAD_VALUE",
            "https://id.gs1.org/01/09520123456788?17=2612 | BAD_VALUE",
            "https://id.gs1.org/01/09520123456788/21/S1/10/L1 | QUALIFIER_ORDER",
            "https://id.gs1.org/01/09520123456788/10/L1/22/2A | QUALIFIER_ORDER",
            "https://id.gs1.org/01/09520123456788?10=L1 | QUALIFIER_IN_QUERY",
            "https://id.gs1.org/01/09520123456788/10/L1?21=S1 | QUALIFIER_IN_QUERY",
            "https://id.gs1.org/01/09520123456788/10/L1/10/L2 | DUPLICATE_AI",
            "https://id.gs1.org/01/09520123456788?17=261231&17=261230 | DUPLICATE_AI",
            "https://id.gs1.org/01/09520123456788?01=09520123456788 | DUPLICATE_AI",
            "https://id.gs1.org/01/09520123456788/17/261231 | NOT_A_QUALIFIER",
            "https://id.gs1.org/01/09520123456788?00=106141412345678908 | NOT_A_QUALIFIER",
            "https://id.gs1.org/01/09520123456788/99x/1 | UNKNOWN_AI",
            "https://id.gs1.org/01/09520123456788?999=1 | UNKNOWN_AI",
            "https://id.gs1.org/01/09520123456788?4321=1 | UNKNOWN_AI",
            "https://id.gs1.org/01/09520123456788/10 | EMPTY_VALUE",
            "https://id.gs1.org/01/09520123456788/10//21/S1 | EMPTY_VALUE",
            "https://id.gs1.org/01/09520123456788?17= | EMPTY_VALUE",
            "https://id.gs1.org/01/09520123456788/21/%20 | BAD_CHARACTER",
            "https://id.gs1.org/01/09520123456788/21/%E4%BA%A7 | BAD_CHARACTER",
            "https://id.gs1.org/01/09520123456788/ | TRAILING_SLASH",
            "https://id.gs1.org/01/09520123456788/21/S1/ | TRAILING_SLASH",
            "https://id.gs1.org/01/09520123456788/21/A%2 | BAD_PERCENT_ENCODING",
            "https://id.gs1.org/01/09520123456788/21/A%ZZ | BAD_PERCENT_ENCODING",
            "https://id.gs1.org/01/09520123456788/21/%C3%28 | BAD_PERCENT_ENCODING",
            "https://id.gs1.org/gtin/09520123456788 | CONVENIENCE_NAME",
            "https://id.gs1.org/01/09520123456788/ser/S1 | CONVENIENCE_NAME",
            "https://id.gs1.org/10/L1 | NO_PRIMARY_KEY",
            "https://id.gs1.org | NO_PRIMARY_KEY",
            "ftp://id.gs1.org/01/09520123456788 | NOT_A_URI",
            "09520123456788 | NOT_A_URI",
            "'' | NOT_A_URI"})
    void refusesWithACode(String uri, DigitalLinkRefusal code) {
        DigitalLinkRefused refused = catchThrowableOfType(DigitalLinkRefused.class, () -> DigitalLinkParser.parse(uri));
        assertThat(refused).as(uri).isNotNull();
        assertThat(refused.code()).as(refused.getMessage()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://id.gs1.org/01/09520123456788/10/L1/21/S1 | 09520123456788 | L1 | S1",
            "https://id.gs1.org/01/09520123456788/21/S1 | 09520123456788 | | S1"})
    void namesTheItem(String uri, String gtin, String lot, String serial) {
        DigitalLink link = DigitalLinkParser.parse(uri);
        assertThat(link.gtinOrNull()).isEqualTo(new Gtin(gtin));
        assertThat(link.lotOrNull()).isEqualTo(lot);
        assertThat(link.serialOrNull()).isEqualTo(serial);
    }
}

package io.tianping.traceability.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GS1 Tag Data Standard: EPC URNs and Digital Links name the same things, both ways. */
class EpcUriTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "urn:epc:id:sgtin:0614141.107346.2017 | https://id.gs1.org/01/10614141073464/21/2017",
            "urn:epc:id:sgtin:0614141.712345.2018 | https://id.gs1.org/01/70614141123451/21/2018",
            "urn:epc:id:sgtin:4012345.011111.987 | https://id.gs1.org/01/04012345111118/21/987",
            "urn:epc:id:sgtin:0614141.107346.A%2FB | https://id.gs1.org/01/10614141073464/21/A%2FB",
            "urn:epc:class:lgtin:4012345.012345.998877 | https://id.gs1.org/01/04012345123456/10/998877",
            "urn:epc:idpat:sgtin:4012345.098765.* | https://id.gs1.org/01/04012345987652",
            "urn:epc:id:sscc:0614141.1234567890 | https://id.gs1.org/00/106141412345678908",
            "urn:epc:id:sgln:0614141.00346.0 | https://id.gs1.org/414/0614141003464",
            "urn:epc:id:sgln:0614141.00346.1234 | https://id.gs1.org/414/0614141003464/254/1234",
            "urn:epc:id:giai:4000001.111 | https://id.gs1.org/8004/4000001111",
            "https://example.com/x/01/10614141073464/21/2017 | https://id.gs1.org/01/10614141073464/21/2017",
            "urn:epc:id:usdod:2S194.12345 | urn:epc:id:usdod:2S194.12345",
            "http://example.com/asset/42 | http://example.com/asset/42"})
    void oneCanonicalName(String identifier, String canonical) {
        assertThat(EpcUri.canonical(identifier)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} with prefix length {1}")
    @CsvSource(delimiter = '|', value = {
            "https://id.gs1.org/01/10614141073464/21/2017 | 7 | urn:epc:id:sgtin:0614141.107346.2017",
            "https://id.gs1.org/01/70614141123451/21/2018 | 7 | urn:epc:id:sgtin:0614141.712345.2018",
            "https://id.gs1.org/01/06901234567892/21/SN%2F1 | 9 | urn:epc:id:sgtin:690123456.0789.SN%2F1",
            "https://id.gs1.org/01/04012345123456/10/998877 | 7 | urn:epc:class:lgtin:4012345.012345.998877"})
    void backToTheUrn(String uri, int prefixLength, String urn) {
        DigitalLink link = DigitalLinkParser.parse(uri);
        assertThat(EpcUri.toUrn(link, prefixLength)).isEqualTo(urn);
        assertThat(EpcUri.canonical(urn)).isEqualTo(link.canonical());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "urn:epc:id:sgtin:0614141.10734.2017",
            "urn:epc:id:sgtin:0614141.107346",
            "urn:epc:id:sgtin:0614141..2017",
            "urn:epc:id:sgtin:06141X1.107346.2017",
            "urn:epc:id:sscc:0614141.123456789"})
    void refusesMalformedUrns(String urn) {
        assertThatThrownBy(() -> EpcUri.canonical(urn)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.tianping.verification.api;

import io.tianping.sharedkernel.CatalogueCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CertificateNumberTest {

    @Test
    void readsYearBodyProductAndSerialFromTheNumber() {
        CertificateNumber number = CertificateNumber.of(" 2024010717000123 ");

        assertThat(number.value()).isEqualTo("2024010717000123");
        assertThat(number.issueYear()).isEqualTo(2024);
        assertThat(number.bodyCode()).isEqualTo("01");
        assertThat(number.productCode()).isEqualTo(CatalogueCode.of("0717"));
        assertThat(number.serial()).isEqualTo("000123");
        assertThat(number).hasToString("2024010717000123");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            202401071700012    | must be 16 digits
            20240107170001234  | must be 16 digits
            2024O10717000123   | must be 16 digits
            2024-01-0717000123 | must be 16 digits
            1999010717000123   | since 2001
            """)
    void rejectsMalformedNumbersSayingWhy(String value, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateNumber.of(value))
                .withMessageContaining(message);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingNumber(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> CertificateNumber.of(value))
                .withMessageContaining("must not be blank");
    }
}

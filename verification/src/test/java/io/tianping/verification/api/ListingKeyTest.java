package io.tianping.verification.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.tianping.verification.VerificationFixtures.PLATFORM_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ListingKeyTest {

    @Test
    void printsAndParsesPlatformColonListingId() {
        ListingKey key = new ListingKey(PLATFORM_A, "sku:8812:red");

        assertThat(key).hasToString("demo-platform-a:sku:8812:red");
        assertThat(ListingKey.parse(key.toString())).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-colon", "demo-platform-a:", "Bad Platform:1"})
    void rejectsMalformedKeys(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> ListingKey.parse(value));
    }

    @Test
    void rejectsListingIdsTooLongToBeAnAggregateIdentifier() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ListingKey(PLATFORM_A, "x".repeat(201)))
                .withMessageContaining("at most 200");
    }
}

package de.regionet.kernel.agreement;

import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AgreementValuesTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void a_document_hash_is_kept_in_lower_case_without_blanks() {
        assertThat(new DocumentHash(" " + HASH.toUpperCase() + " ")).isEqualTo(new DocumentHash(HASH));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "9f86d081", HASH + "0",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g",
            "9f86d081-884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0"})
    void a_document_hash_is_exactly_64_hexadecimal_characters(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DocumentHash(value))
                .withMessage("a document's SHA-256 is 64 hexadecimal characters");
    }

    @Test
    void parties_are_told_apart_by_name_ignoring_case_and_blanks() {
        var party = new Party("  Landkreis Börde ", new RegionKey("15083"));
        assertThat(party.name()).isEqualTo("Landkreis Börde");
        assertThat(party.key()).isEqualTo(Party.keyOf("LANDKREIS BÖRDE"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void a_party_has_a_name(String name) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Party(name, null))
                .withMessage("party must not be blank");
    }
}

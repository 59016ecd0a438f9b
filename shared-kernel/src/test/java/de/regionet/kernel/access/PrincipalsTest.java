package de.regionet.kernel.access;

import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.region.RegionKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A user is stored by its pseudonym, a system principal by its name, and naming twice changes nothing. */
class PrincipalsTest {

    private final Pseudonyms vault = new Pseudonyms();

    @Test
    void a_user_name_is_stored_as_the_users_pseudonym() {
        assertThat(Principals.stored("office", vault)).isEqualTo("u-pseudonymofoffice");
        assertThat(Principals.isPseudonym("u-pseudonymofoffice")).isTrue();
        assertThat(Principals.isPseudonym("office")).isFalse();
    }

    @Test
    void a_pseudonym_stays_as_it_is() {
        assertThat(Principals.stored("u-pseudonymofoffice", vault)).isEqualTo("u-pseudonymofoffice");
        assertThat(vault.asked).containsExactly();
    }

    @Test
    void system_principals_are_no_persons_and_keep_their_names() {
        assertThat(Principals.stored(Principals.IMPORT, vault)).isEqualTo("import");
        assertThat(Principals.stored(Principals.DEMO, vault)).isEqualTo("demo");
        assertThat(Principals.isSystem("office")).isFalse();
        assertThat(vault.asked).isEmpty();
    }

    @Test
    void an_actor_is_stored_with_its_roles_regions_and_organisation_and_only_its_name_replaced() {
        var actor = new Actor("coordinator-harz", Set.of(Role.REGIONAL_COORDINATOR), Set.of(new RegionKey("15085")),
                "REKO Harz");

        var stored = Principals.stored(actor, vault);

        assertThat(stored).isEqualTo(new Actor("u-pseudonymofcoordinatorharz", actor.roles(), actor.regions(),
                "REKO Harz"));
        assertThat(stored.toMetaData().toString()).doesNotContain("coordinator-harz");
    }

    /** Pseudonyms that show which name they stand for, and which names were asked for. */
    private static final class Pseudonyms implements PersonalDataVault {

        final List<String> asked = new ArrayList<>();

        @Override
        public SubjectId userSubject(String userName) {
            asked.add(userName);
            return SubjectId.user("pseudonymof" + userName.replace("-", ""));
        }

        @Override
        public SubjectId newSubject(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SubjectId> subjectsByEmail(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> userName(SubjectId subject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Sealed seal(SubjectId subject, String text) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> open(Sealed sealed) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isErased(SubjectId subject) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean erase(SubjectId subject) {
            throw new UnsupportedOperationException();
        }
    }
}

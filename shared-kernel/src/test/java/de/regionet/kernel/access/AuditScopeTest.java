package de.regionet.kernel.access;

import de.regionet.kernel.network.Network;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.network.Networks;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditScopeTest {

    private static final Networks THREE = Networks::known;
    private static final Network SA = Networks.known().get(0);
    private static final Network NRW = Networks.known().get(1);
    private static final Network HESSE = Networks.known().get(2);

    private static Optional<Actor> holding(Grant... grants) {
        return Optional.of(new Actor("reader", List.of(grants), null));
    }

    @Test
    void an_auditor_or_office_reads_the_history_of_its_networks_only() {
        var scope = AuditScope.of(holding(Grant.in(NRW, Role.NETWORK_OFFICE, Set.of()),
                Grant.in(HESSE, Role.AUDITOR, Set.of())), THREE);

        assertThat(scope.everything()).isFalse();
        assertThat(scope.reads(NRW.id())).isTrue();
        assertThat(scope.reads(HESSE.id())).isTrue();
        assertThat(scope.reads(SA.id())).isFalse();
        assertThat(scope.readsAny(Set.of(SA.id(), HESSE.id()))).isTrue();
        assertThat(scope.readsAny(Set.of())).as("the installation's own entries").isFalse();
    }

    @Test
    void the_operator_reads_everything_and_other_roles_nothing() {
        var operator = AuditScope.of(holding(Grant.everywhere(Role.OPERATOR, Set.of())), THREE);
        assertThat(operator.everything()).isTrue();
        assertThat(operator.readsAny(Set.of())).isTrue();

        var coordinator = AuditScope.of(holding(Grant.in(SA, Role.REGIONAL_COORDINATOR, Set.of())), THREE);
        assertThat(coordinator.readsSomething()).isFalse();
        assertThat(AuditScope.of(Optional.empty(), THREE).readsSomething()).isFalse();
    }

    @Test
    void a_reader_of_every_network_of_the_installation_reads_everything() {
        Networks one = () -> List.of(SA);
        assertThat(AuditScope.of(holding(Grant.in(SA, Role.AUDITOR, Set.of())), one).everything()).isTrue();
        assertThat(AuditScope.of(holding(Grant.in(SA, Role.AUDITOR, Set.of())), THREE).everything()).isFalse();
    }

    @Test
    void a_scope_narrows_to_a_network_it_reads_only() {
        var operator = AuditScope.of(holding(Grant.everywhere(Role.OPERATOR, Set.of())), THREE);
        var hesse = operator.narrowedTo(HESSE.id());
        assertThat(hesse.everything()).isFalse();
        assertThat(hesse.networks()).containsExactly(HESSE.id());
        assertThatIllegalArgumentException().isThrownBy(() -> hesse.narrowedTo(new NetworkId("sachsen-anhalt")));
    }
}

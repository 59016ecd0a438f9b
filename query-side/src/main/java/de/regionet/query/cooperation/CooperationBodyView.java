package de.regionet.query.cooperation;

import de.regionet.kernel.cooperation.CooperationBodyKind;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A local cooperation body: {@code GET /api/cooperation-bodies/{id}}. {@code partners} lists every partnership in
 * the order admitted, a withdrawn one with its {@code withdrawnOn}; {@code dissolvedOn} is {@code null} while the
 * body works. Public: which organisations cooperate where is what the network wants seen and copied.
 */
public record CooperationBodyView(@BsonId String id, String regionKey, CooperationBodyKind kind, String kindName,
                                  String name, String site, LocalDate siteSince, List<Partner> partners,
                                  String agreementId, LocalDate foundedOn, LocalDate dissolvedOn,
                                  String dissolutionReason, long version) implements VersionedCollection.Versioned {

    public CooperationBodyView {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public record Partner(String id, String organisation, String role, LocalDate admittedOn, LocalDate withdrawnOn) {

        public boolean active() {
            return withdrawnOn == null;
        }
    }

    /** The partners that still take part. */
    public List<Partner> activePartners() {
        return partners.stream().filter(Partner::active).toList();
    }

    public boolean dissolved() {
        return dissolvedOn != null;
    }

    CooperationBodyView withPartner(Partner partner, long newVersion) {
        var updated = new ArrayList<>(partners);
        updated.add(partner);
        return new CooperationBodyView(id, regionKey, kind, kindName, name, site, siteSince, updated, agreementId,
                foundedOn, dissolvedOn, dissolutionReason, newVersion);
    }

    CooperationBodyView withPartnerChanged(String partnerId, UnaryOperator<Partner> change, long newVersion) {
        var updated = partners.stream()
                .map(partner -> partner.id().equals(partnerId) ? change.apply(partner) : partner).toList();
        return new CooperationBodyView(id, regionKey, kind, kindName, name, site, siteSince, updated, agreementId,
                foundedOn, dissolvedOn, dissolutionReason, newVersion);
    }

    CooperationBodyView movedTo(String newSite, LocalDate movedOn, long newVersion) {
        return new CooperationBodyView(id, regionKey, kind, kindName, name, newSite, movedOn, partners, agreementId,
                foundedOn, dissolvedOn, dissolutionReason, newVersion);
    }

    CooperationBodyView dissolved(LocalDate day, String reason, long newVersion) {
        return new CooperationBodyView(id, regionKey, kind, kindName, name, site, siteSince, partners, agreementId,
                foundedOn, day, reason, newVersion);
    }
}

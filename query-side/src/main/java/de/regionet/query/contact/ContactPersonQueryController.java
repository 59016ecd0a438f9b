package de.regionet.query.contact;

import de.regionet.kernel.Rejection;
import de.regionet.kernel.access.Actor;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.access.Readers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.NETWORK;
import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;

/**
 * Reads contact persons from their read collection. Signed-in readers see a region's contacts where they may read
 * the region (the network office, auditors, its coordination) and the contacts of the office of every network they
 * hold a role in, whatever the role; the public sees only those who agreed to it, of every network, and only their
 * four details.
 */
@RestController
class ContactPersonQueryController {

    private final ContactPersons contacts;

    ContactPersonQueryController(ContactPersons contacts) {
        this.contacts = contacts;
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/contact-persons")
    List<ContactPersonAnswer> list(@RequestParam(name = "regionKey", required = false) RegionKey regionKey,
                                   @RequestParam(name = "workingGroupId", required = false)
                                   WorkingGroupId workingGroupId,
                                   @RequestParam(name = "networkOffice", required = false) Boolean networkOffice,
                                   HttpServletRequest request) {
        var reader = reader(request);
        if (regionKey != null) {
            requireReads(reader, regionKey.value());
            return contacts.ofRegion(regionKey);
        }
        if (workingGroupId != null) {
            var found = contacts.ofWorkingGroup(workingGroupId);
            found.forEach(contact -> requireReads(reader, contact.regionKey()));
            return found;
        }
        if (Boolean.TRUE.equals(networkOffice)) {
            return contacts.ofNetworkOffice(network -> holdsRoleIn(reader, network));
        }
        throw Rejection.invalid("regionKey", "name whose contact persons to list: regionKey, workingGroupId or "
                + "networkOffice=true");
    }

    @ReadableBy(NETWORK)
    @GetMapping("/api/contact-persons/{id}")
    ResponseEntity<ContactPersonAnswer> one(@PathVariable String id, HttpServletRequest request) {
        var contact = contacts.one(id).orElseThrow(() -> Rejection.notFound("no contact person " + id));
        var reader = reader(request);
        if (contact.kind() != ContactKind.NETWORK_OFFICE) {
            requireReads(reader, contact.regionKey());
        } else if (!holdsRoleIn(reader, contact.network())) {
            throw Rejection.forbidden(reader.subject() + " may not read the contact persons of the office of network "
                    + contact.network());
        }
        return ResponseEntity.ok().eTag("\"" + contact.version() + "\"").body(contact);
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/public/contact-persons")
    List<PublicContactPerson> shownPublicly(@RequestParam(name = "regionKey", required = false) RegionKey regionKey,
                                            @RequestParam(name = "networkOffice", required = false)
                                            Boolean networkOffice) {
        List<ContactPersonAnswer> found;
        if (regionKey != null) {
            found = contacts.ofRegion(regionKey);
        } else if (Boolean.TRUE.equals(networkOffice)) {
            found = contacts.ofNetworkOffice();
        } else {
            throw Rejection.invalid("regionKey", "name whose contact persons to list: regionKey or networkOffice=true");
        }
        return ContactPersons.shownPublicly(found).stream().map(contact -> new PublicContactPerson(contact.name(),
                contact.function(), contact.telephone(), contact.email())).toList();
    }

    private static Actor reader(HttpServletRequest request) {
        return Readers.actor(request).orElseThrow(() -> Rejection.forbidden("sign in to read contact persons"));
    }

    /** Whether the reader holds a role in the network (every reader whose roles hold everywhere does). */
    private static boolean holdsRoleIn(Actor reader, String network) {
        var id = new NetworkId(network);
        return reader.grants().stream().anyMatch(grant -> grant.holdsIn(id));
    }

    private static void requireReads(Actor reader, String region) {
        if (!reader.mayRead(new RegionKey(region))) {
            throw Rejection.forbidden(reader.subject() + " may not read the contact persons of region " + region);
        }
    }
}

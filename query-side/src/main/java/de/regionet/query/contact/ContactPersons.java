package de.regionet.query.contact;

import com.mongodb.client.model.Filters;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.personal.PersonalDataVault;
import de.regionet.kernel.personal.Sealed;
import de.regionet.kernel.personal.SubjectId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.query.contact.ContactPersonAnswer.Consent;
import de.regionet.query.personal.PersonalDataHolder;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The contact persons as readers get them, opened through the vault at answer time (ADR 0022): a person whose key
 * was destroyed answers {@code erased} with no details, so no list of erasures is needed. Removed records are
 * answered by nobody. Also what the contact persons read model holds about a data subject, for an access request.
 */
@Component
public class ContactPersons implements PersonalDataHolder {

    private static final Comparator<ContactPersonAnswer> ORDER = Comparator
            .comparing(ContactPersonAnswer::kind)
            .thenComparing(answer -> answer.name() == null ? "" : answer.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ContactPersonAnswer::id);

    private final ContactPersonProjection projection;
    private final PersonalDataVault vault;

    ContactPersons(ContactPersonProjection projection, PersonalDataVault vault) {
        this.projection = projection;
        this.vault = vault;
    }

    /** The region's coordination office and its working group's chair and deputies. */
    public List<ContactPersonAnswer> ofRegion(RegionKey region) {
        return answers(projection.contacts().where(Filters.eq("regionKey", region.value())));
    }

    public List<ContactPersonAnswer> ofWorkingGroup(WorkingGroupId workingGroup) {
        return answers(projection.contacts().where(Filters.eq("workingGroupId", workingGroup.value())));
    }

    /** The contacts of every network's office (the public portal's, of those who agreed). */
    public List<ContactPersonAnswer> ofNetworkOffice() {
        return answers(projection.contacts().where(Filters.eq("kind", ContactKind.NETWORK_OFFICE.name())));
    }

    /** The contacts of the offices of the networks {@code shown} accepts (by network id). */
    public List<ContactPersonAnswer> ofNetworkOffice(Predicate<String> shown) {
        return answers(projection.contacts().where(Filters.eq("kind", ContactKind.NETWORK_OFFICE.name())).stream()
                .filter(contact -> shown.test(contact.network())).toList());
    }

    /** One record, unless it was removed. */
    public Optional<ContactPersonAnswer> one(String id) {
        return projection.contacts().find(id).filter(contact -> !contact.removed()).map(this::answer);
    }

    /** Those the public may see: consented, not removed, not erased. */
    public static List<ContactPersonAnswer> shownPublicly(List<ContactPersonAnswer> contacts) {
        return contacts.stream().filter(contact -> contact.consent().given() && !contact.erased()).toList();
    }

    private List<ContactPersonAnswer> answers(List<ContactPersonView> contacts) {
        return contacts.stream().filter(contact -> !contact.removed()).map(this::answer).sorted(ORDER).toList();
    }

    private ContactPersonAnswer answer(ContactPersonView contact) {
        var erased = vault.isErased(new SubjectId(contact.subject()));
        return new ContactPersonAnswer(contact.id(), contact.kind(), contact.regionKey(), contact.workingGroupId(),
                open(erased, contact.name()), open(erased, contact.function()), open(erased, contact.telephone()),
                open(erased, contact.email()), erased,
                new Consent(contact.consented(), contact.consentGivenOn(), contact.consentWithdrawnOn()),
                contact.network(), contact.version());
    }

    private String open(boolean erased, Sealed sealed) {
        return erased ? null : vault.openNullable(sealed).orElse(null);
    }

    @Override
    public List<Held> about(Collection<SubjectId> subjects) {
        var values = subjects.stream().map(SubjectId::value).toList();
        return projection.contacts().where(Filters.in("subject", values)).stream().map(contact -> {
            var answer = answer(contact);
            var data = new LinkedHashMap<String, Object>();
            data.put("kind", answer.kind().name());
            data.put("regionKey", answer.regionKey());
            data.put("workingGroupId", answer.workingGroupId());
            data.put("name", answer.name());
            data.put("function", answer.function());
            data.put("telephone", answer.telephone());
            data.put("email", answer.email());
            data.put("consent", answer.consent());
            data.put("removed", contact.removed());
            return new Held("contact-person", contact.id(), new SubjectId(contact.subject()), data, answer.erased());
        }).toList();
    }
}

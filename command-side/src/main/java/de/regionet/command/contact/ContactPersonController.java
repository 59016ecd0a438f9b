package de.regionet.command.contact;

import de.regionet.command.edge.CommandAnswer;
import de.regionet.command.edge.IdempotentCreation;
import de.regionet.command.edge.IfMatch;
import de.regionet.command.edge.Sends;
import de.regionet.kernel.NetworkTime;
import de.regionet.kernel.TextLimits;
import de.regionet.kernel.contact.ContactDetails;
import de.regionet.kernel.contact.ContactKind;
import de.regionet.kernel.contact.ContactPersonCommand.ChangeContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.ConsentToPublication;
import de.regionet.kernel.contact.ContactPersonCommand.RecordContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.RemoveContactPerson;
import de.regionet.kernel.contact.ContactPersonCommand.WithdrawPublicationConsent;
import de.regionet.kernel.contact.ContactPersonId;
import de.regionet.kernel.personal.PersonalField;
import de.regionet.kernel.network.NetworkId;
import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Records, changes and removes contact persons, and their consent to publication. Who may do so for which region
 * is the commands' and the aggregate's word. The request bodies carry personal data: they are checked here with the
 * kernel's limits so that a refusal names the field, and no answer or log line repeats a value.
 */
@RestController
class ContactPersonController {

    private static final String TELEPHONE_MESSAGE = "may hold digits, spaces and + ( ) / . - only";
    private static final String EMAIL_MESSAGE = "must be an e-mail address such as name@example.org";

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Clock clock;

    ContactPersonController(CommandGateway commands, IdempotentCreation idempotent, Clock clock) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    /**
     * Where the person belongs ({@code regionKey} for a coordination office, {@code workingGroupId} for a chair;
     * {@code network} for a network office's contact, which an office of one network leaves out).
     */
    record RecordRequest(@NotNull ContactKind kind, RegionKey regionKey, WorkingGroupId workingGroupId,
                         @PersonalField @NotBlank @Size(max = TextLimits.NAME) String name,
                         @PersonalField @Size(max = TextLimits.NAME) String function,
                         @PersonalField @Size(max = ContactDetails.MAX_TELEPHONE)
                         @Pattern(regexp = "|" + ContactDetails.TELEPHONE, message = TELEPHONE_MESSAGE)
                         String telephone,
                         @PersonalField @Size(max = ContactDetails.MAX_EMAIL)
                         @Pattern(regexp = "|" + ContactDetails.EMAIL, message = EMAIL_MESSAGE) String email,
                         NetworkId network) {

        ContactDetails details() {
            return new ContactDetails(name, function, telephone, email);
        }

        @Override
        public String toString() {
            return "RecordRequest[" + kind + ", " + regionKey + ", " + workingGroupId + ", " + network
                    + ", personal data left out]";
        }
    }

    record ChangeRequest(@PersonalField @NotBlank @Size(max = TextLimits.NAME) String name,
                         @PersonalField @Size(max = TextLimits.NAME) String function,
                         @PersonalField @Size(max = ContactDetails.MAX_TELEPHONE)
                         @Pattern(regexp = "|" + ContactDetails.TELEPHONE, message = TELEPHONE_MESSAGE)
                         String telephone,
                         @PersonalField @Size(max = ContactDetails.MAX_EMAIL)
                         @Pattern(regexp = "|" + ContactDetails.EMAIL, message = EMAIL_MESSAGE) String email,
                         NetworkId network) {

        ContactDetails details() {
            return new ContactDetails(name, function, telephone, email);
        }

        @Override
        public String toString() {
            return "ChangeRequest[personal data left out]";
        }
    }

    /** {@code on}: the day the consent was given; {@code null} (or no body at all) means today. */
    record ConsentRequest(LocalDate on) {
    }

    @Sends(RecordContactPerson.class)
    @PostMapping("/api/contact-persons")
    ResponseEntity<Map<String, String>> record(@Valid @RequestBody RecordRequest request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Principal sender) {
        return idempotent.run(sender, key, "POST /api/contact-persons", request, () -> {
            var id = ContactPersonId.random();
            commands.sendAndWait(new RecordContactPerson(id, request.kind(), request.regionKey(),
                    request.workingGroupId(), request.details(), request.network()));
            return CommandAnswer.created("/api/contact-persons/" + id, 0, Map.of("id", id.value()));
        }).toResponse();
    }

    @Sends(ChangeContactPerson.class)
    @PutMapping("/api/contact-persons/{id}")
    ResponseEntity<Map<String, String>> change(@PathVariable ContactPersonId id,
                                               @Valid @RequestBody ChangeRequest request, IfMatch ifMatch) {
        long version = commands.sendAndWait(new ChangeContactPerson(id, request.details(), ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(ConsentToPublication.class)
    @PostMapping("/api/contact-persons/{id}/consent")
    ResponseEntity<Map<String, String>> consent(@PathVariable ContactPersonId id,
                                                @RequestBody(required = false) ConsentRequest request,
                                                IfMatch ifMatch) {
        var on = request == null || request.on() == null ? NetworkTime.today(clock) : request.on();
        long version = commands.sendAndWait(new ConsentToPublication(id, on, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(WithdrawPublicationConsent.class)
    @DeleteMapping("/api/contact-persons/{id}/consent")
    ResponseEntity<Map<String, String>> withdrawConsent(@PathVariable ContactPersonId id,
                                                        @RequestParam(name = "on", required = false)
                                                        @DateTimeFormat(iso = DATE) LocalDate on,
                                                        IfMatch ifMatch) {
        var day = on == null ? NetworkTime.today(clock) : on;
        long version = commands.sendAndWait(new WithdrawPublicationConsent(id, day, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }

    @Sends(RemoveContactPerson.class)
    @DeleteMapping("/api/contact-persons/{id}")
    ResponseEntity<Map<String, String>> remove(@PathVariable ContactPersonId id, IfMatch ifMatch) {
        long version = commands.sendAndWait(new RemoveContactPerson(id, ifMatch.version()));
        return CommandAnswer.done(version).toResponse();
    }
}

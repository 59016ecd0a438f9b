package de.regionet.infra.portal;

import de.regionet.kernel.region.RegionKind;
import de.regionet.kernel.workinggroup.StakeholderCategory;
import de.regionet.kernel.workinggroup.WorkingGroupKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the public start page shows, and nothing more: only fields the network publishes (no votes, no drafts, no
 * contact persons, no registrations). Built by {@link NetworkAtAGlance} from the query side's read models.
 */
record StartPage(List<Region> regions, List<News> news, List<Event> events) {

    /** A region with its working group (none yet: {@code null}) and the agreements in force that bind it. */
    record Region(String key, String name, RegionKind kind, WorkingGroup workingGroup, List<Agreement> agreements) {
    }

    /**
     * The working group with its current members; {@code coordination} is {@code null} while none is set;
     * {@code kind}: whether its resolutions decide (RAK) or recommend (Facharbeitskreis).
     */
    record WorkingGroup(String name, WorkingGroupKind kind, List<Member> members, Coordination coordination) {
    }

    record Member(String organisation, StakeholderCategory category) {
    }

    /** The coordination office and its period; {@code to} is {@code null} while the period is open. */
    record Coordination(String organisation, LocalDate from, LocalDate to) {
    }

    record Agreement(String id, String title) {
    }

    /** A published news article; {@code publishedOn} is the day in Berlin it was published. */
    record News(String id, String title, String teaser, LocalDate publishedOn) {
    }

    /** A published network event yet to end, in Berlin's civil time. */
    record Event(String id, String title, LocalDateTime start, LocalDateTime end, String location) {
    }
}

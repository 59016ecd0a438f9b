package de.regionet.query.workinggroup;

import de.regionet.kernel.region.RegionKey;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import de.regionet.kernel.access.ReadableBy;
import de.regionet.query.access.Readers;
import de.regionet.query.readmodel.KnownAt;
import jakarta.servlet.http.HttpServletRequest;
import de.regionet.query.readmodel.ReadTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static de.regionet.kernel.access.ReadableBy.Audience.PUBLIC;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;

/**
 * Reads working groups from their read collection, today or as of a day ({@code asOf}, valid time), and as
 * recorded at an instant ({@code knownAt}, record time). Who sits in a working group and who coordinates it is
 * public, as the regions publish it (issue 19): anonymous readers get {@link PublicWorkingGroup}, everyone signed in
 * to the network the full {@link WorkingGroupView}. The event
 * establishing a group carries no date of its own, so a group answers for any day, with the members and
 * coordination of that day (none before the first admission).
 */
@RestController
class WorkingGroupQueryController {

    /** The range a request's dates are held to elsewhere too: a sanity bound, not a rule. */
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final WorkingGroupProjection projection;

    WorkingGroupQueryController(WorkingGroupProjection projection) {
        this.projection = projection;
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/working-groups")
    List<?> list(@RequestParam(name = "region", required = false) RegionKey region,
                 @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                 @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                 HttpServletRequest request) {
        var groups = groups(region, checked(asOf), knownAt);
        return Readers.actor(request).isPresent() ? groups : groups.stream().map(PublicWorkingGroup::of).toList();
    }

    private List<WorkingGroupView> groups(RegionKey region, LocalDate day, KnownAt knownAt) {
        if (knownAt == null) {
            var groups = region == null
                    ? projection.groups().all("regionKey")
                    : projection.groups().where("regionKey", region.value(), "name");
            return groups.stream().map(group -> answer(group, day)).toList();
        }
        return ReadTime.of(day, knownAt).all(projection.groups()).stream()
                .filter(group -> region == null || region.value().equals(group.regionKey()))
                .sorted(Comparator.comparing(WorkingGroupView::regionKey).thenComparing(WorkingGroupView::name))
                .map(group -> answer(group, day)).toList();
    }

    @ReadableBy(PUBLIC)
    @GetMapping("/api/working-groups/{id}")
    ResponseEntity<?> one(@PathVariable WorkingGroupId id,
                          @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DATE) LocalDate asOf,
                          @RequestParam(name = "knownAt", required = false) KnownAt knownAt,
                          HttpServletRequest request) {
        var day = checked(asOf);
        var group = ReadTime.of(day, knownAt).one(projection.groups(), id.value(), "working group " + id).document();
        var answer = answer(group, day);
        return ResponseEntity.ok().eTag("\"" + group.version() + "\"")
                .body(Readers.actor(request).isPresent() ? answer : PublicWorkingGroup.of(answer));
    }

    /** Today's group without {@code asOf}, exactly as before it was answered; else the group on that day. */
    private static WorkingGroupView answer(WorkingGroupView group, LocalDate asOf) {
        return asOf == null ? WorkingGroupOnDay.today(group) : WorkingGroupOnDay.asOf(group, asOf);
    }

    private static LocalDate checked(LocalDate asOf) {
        if (asOf != null && (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST))) {
            throw new IllegalArgumentException("asOf must be a date between " + EARLIEST + " and " + LATEST);
        }
        return asOf;
    }
}

package de.regionet.query.programme;

import de.regionet.kernel.Euro;
import de.regionet.kernel.Period;
import de.regionet.kernel.programme.AreaDefinition;
import de.regionet.kernel.programme.FundingArea;
import de.regionet.kernel.programme.ProgrammeAreas;
import de.regionet.kernel.programme.ProgrammeEvent;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeAmended;
import de.regionet.kernel.programme.ProgrammeEvent.ProgrammeLaunched;
import de.regionet.kernel.programme.ProgrammeId;
import de.regionet.query.readmodel.VersionedCollection;
import org.bson.codecs.pojo.annotations.BsonId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme as the read side keeps it: the essentials of its launch and of every amendment, in stream order. The
 * areas on a day and their timeline are not stored but re-folded through {@link ProgrammeAreas}, the one fold the
 * write model uses too, so the read side cannot tell a different story about which areas a programme had when.
 */
public record ProgrammeView(@BsonId String id, String name, LocalDate periodFrom, LocalDate periodTo,
                            BigDecimal budgetEuro, List<Area> launchAreas, List<Amendment> amendments, long version)
        implements VersionedCollection.Versioned {

    /** An area as launched, added or retitled: its letter, its title, the day it takes effect. */
    public record Area(String code, String title, LocalDate from) {

        static Area of(AreaDefinition area) {
            return new Area(area.code().value(), area.title(), area.from());
        }

        AreaDefinition definition() {
            return new AreaDefinition(new FundingArea(code), title, from);
        }
    }

    /** An amendment's essentials, as {@link ProgrammeAmended} has them. */
    public record Amendment(int amendment, LocalDate effectiveFrom, List<Area> added, List<Area> retitled,
                            List<String> closed) {
    }

    static ProgrammeView launched(ProgrammeLaunched event, long version) {
        var period = event.period();
        return new ProgrammeView(event.programmeId().value(), event.name(), period.from(), period.to(),
                event.budget().amount(), areas(event.areas()), List.of(), version);
    }

    ProgrammeView amended(ProgrammeAmended event, long newVersion) {
        var all = new ArrayList<>(amendments);
        all.add(new Amendment(event.amendment(), event.effectiveFrom(), areas(event.added()),
                areas(event.retitled()), event.closed().stream().map(FundingArea::value).toList()));
        return new ProgrammeView(id, name, periodFrom, periodTo, budgetEuro, launchAreas, List.copyOf(all),
                newVersion);
    }

    /** The programme's areas through time, folded from its events as they were. */
    ProgrammeAreas areas() {
        return ProgrammeAreas.of(events());
    }

    private List<ProgrammeEvent> events() {
        var programme = new ProgrammeId(id);
        var events = new ArrayList<ProgrammeEvent>();
        events.add(new ProgrammeLaunched(programme, name, new Period(periodFrom, periodTo), new Euro(budgetEuro),
                definitions(launchAreas)));
        amendments.forEach(amendment -> events.add(new ProgrammeAmended(programme, amendment.amendment(),
                amendment.effectiveFrom(), definitions(amendment.added()), definitions(amendment.retitled()),
                amendment.closed().stream().map(FundingArea::new).toList())));
        return events;
    }

    private static List<Area> areas(List<AreaDefinition> definitions) {
        return definitions == null ? List.of() : definitions.stream().map(Area::of).toList();
    }

    private static List<AreaDefinition> definitions(List<Area> areas) {
        return areas.stream().map(Area::definition).toList();
    }
}

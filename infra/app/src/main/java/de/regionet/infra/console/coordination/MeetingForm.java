package de.regionet.infra.console.coordination;

import de.regionet.command.workinggroup.SubjectSponsors;
import de.regionet.kernel.workinggroup.CastVote;
import de.regionet.kernel.workinggroup.DecisionCommand.RecordResolution;
import de.regionet.kernel.workinggroup.MemberId;
import de.regionet.kernel.workinggroup.Recusal;
import de.regionet.kernel.workinggroup.ResolutionId;
import de.regionet.kernel.workinggroup.Subject;
import de.regionet.kernel.workinggroup.Vote;
import de.regionet.kernel.workinggroup.WorkingGroupId;
import org.springframework.util.MultiValueMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A meeting as the page's form sends it: the day, and one or several resolutions, each with its agenda item and
 * motion, who was present ({@code r0.present}, one value per ticked member), each member's vote
 * ({@code r0.vote.<memberId>}: YES, NO, ABSTAIN or empty), recusals ({@code r0.recusal.<memberId>}: the reason;
 * empty: not recused) and the call it decides about, if any ({@code r0.call}: its id; the selection then names this
 * resolution). Kept as typed, so a refused form comes back as it was filled in.
 */
record MeetingForm(String date, List<Entry> resolutions) {

    static final int MAX_RESOLUTIONS = 10;

    /** One resolution of the meeting; {@code number} is its place on the form, from 0. */
    record Entry(int number, String agendaItem, String motion, String call, Set<String> present,
                 Map<String, String> votes, Map<String, String> recusals) {

        boolean blank() {
            return agendaItem.isBlank() && motion.isBlank() && call.isBlank() && present.isEmpty()
                    && votes.values().stream().allMatch(String::isBlank)
                    && recusals.values().stream().allMatch(String::isBlank);
        }

        public boolean isPresent(String member) {
            return present.contains(member);
        }

        public String vote(String member) {
            return votes.getOrDefault(member, "");
        }

        public String recusal(String member) {
            return recusals.getOrDefault(member, "");
        }

        /**
         * The command that records this resolution; the kernel refuses blank texts and unknown votes. A call as its
         * subject is completed with the call's sponsors, as the API does, so their members must be recused.
         */
        RecordResolution command(WorkingGroupId group, LocalDate day, SubjectSponsors sponsors) {
            return command(group, day, agendaItem, motion, sponsors);
        }

        /**
         * The command with stand-ins for texts not yet written, so the page can judge quorum and outcome while the
         * coordinator is still ticking who was present.
         */
        RecordResolution draft(WorkingGroupId group, LocalDate day, SubjectSponsors sponsors) {
            return command(group, day, agendaItem.isBlank() ? "-" : agendaItem, motion.isBlank() ? "-" : motion,
                    sponsors);
        }

        private RecordResolution command(WorkingGroupId group, LocalDate day, String item, String text,
                                         SubjectSponsors sponsors) {
            var castVotes = votes.entrySet().stream().filter(vote -> !vote.getValue().isBlank())
                    .map(vote -> new CastVote(new MemberId(vote.getKey()), Vote.valueOf(vote.getValue()))).toList();
            var recused = recusals.entrySet().stream().filter(recusal -> !recusal.getValue().isBlank())
                    .map(recusal -> new Recusal(new MemberId(recusal.getKey()), recusal.getValue())).toList();
            var subject = call.isBlank() ? null
                    : sponsors.complete(new Subject(Subject.Type.CALL, call, List.of()));
            return new RecordResolution(group, ResolutionId.random(), day, item, text, subject,
                    present.stream().map(MemberId::new).toList(), castVotes, recused, null);
        }
    }

    /** {@code slots} empty resolutions on a new form. */
    static MeetingForm empty(String day, int slots) {
        return new MeetingForm(day, IntStream.range(0, slots)
                .mapToObj(number -> new Entry(number, "", "", "", Set.of(), Map.of(), Map.of())).toList());
    }

    static MeetingForm from(MultiValueMap<String, String> fields) {
        var entries = new ArrayList<Entry>();
        for (int number = 0; number < MAX_RESOLUTIONS; number++) {
            var prefix = "r" + number + ".";
            if (fields.keySet().stream().noneMatch(name -> name.startsWith(prefix))) {
                break;
            }
            entries.add(new Entry(number, text(fields, prefix + "agendaItem"), text(fields, prefix + "motion"),
                    text(fields, prefix + "call"), present(fields.getOrDefault(prefix + "present", List.of())),
                    byMember(fields, prefix + "vote."), byMember(fields, prefix + "recusal.")));
        }
        return new MeetingForm(text(fields, "date"), List.copyOf(entries));
    }

    /** The resolutions filled in; empty places on the form are left out. */
    List<Entry> filled() {
        return resolutions.stream().filter(entry -> !entry.blank()).toList();
    }

    /** Ticked members, one per value; a value may also list several, separated by commas. */
    private static Set<String> present(List<String> values) {
        var members = new LinkedHashSet<String>();
        values.forEach(value -> Arrays.stream(value.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                .forEach(members::add));
        return members;
    }

    private static String text(MultiValueMap<String, String> fields, String name) {
        var value = fields.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static Map<String, String> byMember(MultiValueMap<String, String> fields, String prefix) {
        var values = new LinkedHashMap<String, String>();
        fields.forEach((name, given) -> {
            if (name.startsWith(prefix) && !given.isEmpty()) {
                values.put(name.substring(prefix.length()), given.get(0).strip());
            }
        });
        return values;
    }
}

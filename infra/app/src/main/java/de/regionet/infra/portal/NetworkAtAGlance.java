package de.regionet.infra.portal;

import de.regionet.kernel.NetworkTime;
import de.regionet.query.agreement.AgreementProjection;
import de.regionet.query.agreement.AgreementProjection.BindingAgreement;
import de.regionet.query.networkevent.NetworkEventProjection;
import de.regionet.query.networkevent.NetworkEventView;
import de.regionet.query.news.NewsProjection;
import de.regionet.query.news.NewsView;
import de.regionet.query.region.RegionProjection;
import de.regionet.query.region.RegionView;
import de.regionet.query.workinggroup.WorkingGroupProjection;
import de.regionet.query.workinggroup.WorkingGroupView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Composes the start page from the read models the API answers from (regions, working groups, agreements, news,
 * network events), the way the network office's overview does: a few dozen regions and groups, so joining them per
 * request is cheaper than another read model to keep in step. Never reads the event store. Copies only public
 * fields into {@link StartPage}.
 */
@Component
class NetworkAtAGlance {

    static final int LATEST_NEWS = 5;
    static final int UPCOMING_EVENTS = 5;

    private final RegionProjection regions;
    private final WorkingGroupProjection workingGroups;
    private final AgreementProjection agreements;
    private final NewsProjection news;
    private final NetworkEventProjection events;
    private final Clock clock;

    NetworkAtAGlance(RegionProjection regions, WorkingGroupProjection workingGroups, AgreementProjection agreements,
                     NewsProjection news, NetworkEventProjection events, Clock clock) {
        this.regions = regions;
        this.workingGroups = workingGroups;
        this.agreements = agreements;
        this.news = news;
        this.events = events;
        this.clock = clock;
    }

    StartPage today() {
        return new StartPage(regions(), latestNews(), upcomingEvents());
    }

    private List<StartPage.Region> regions() {
        var groups = workingGroups.groups().all("_id").stream()
                .collect(Collectors.toMap(WorkingGroupView::id, Function.identity()));
        var bound = agreements.stateAgreementsByRegion(NetworkTime.today(clock));
        return regions.regions().all("_id").stream()
                .sorted(Comparator.comparing(RegionView::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(region -> new StartPage.Region(region.key(), region.name(), region.kind(),
                        group(groups.get(region.workingGroupId())),
                        bound.getOrDefault(region.key(), List.of()).stream().map(NetworkAtAGlance::agreement)
                                .toList()))
                .toList();
    }

    /** The group's public fields, members ordered by category; {@code null} while a region has none. */
    static StartPage.WorkingGroup group(WorkingGroupView group) {
        if (group == null) {
            return null;
        }
        var members = group.members().stream()
                .map(member -> new StartPage.Member(member.organisation(), member.category()))
                .sorted(Comparator.comparing(StartPage.Member::category).thenComparing(StartPage.Member::organisation))
                .toList();
        var office = group.coordination();
        return new StartPage.WorkingGroup(group.name(), group.kind(), members, office == null ? null
                : new StartPage.Coordination(office.organisation(), office.from(), office.to()));
    }

    private static StartPage.Agreement agreement(BindingAgreement agreement) {
        return new StartPage.Agreement(agreement.id(), agreement.title());
    }

    List<StartPage.News> latestNews() {
        return news.articles().all("_id").stream().filter(NewsView::visibleToThePublic)
                .sorted(Comparator.comparing(NewsView::publishedAt).reversed().thenComparing(NewsView::id))
                .limit(LATEST_NEWS)
                .map(article -> new StartPage.News(article.id(), article.title(), article.teaser(),
                        NetworkTime.dayOf(article.publishedAt())))
                .toList();
    }

    private List<StartPage.Event> upcomingEvents() {
        var now = LocalDateTime.ofInstant(clock.instant(), NetworkTime.ZONE);
        return events.events().all("_id").stream()
                .filter(event -> event.status() == NetworkEventView.Status.PUBLISHED && event.end().isAfter(now))
                .sorted(Comparator.comparing(NetworkEventView::start).thenComparing(NetworkEventView::id))
                .limit(UPCOMING_EVENTS)
                .map(event -> new StartPage.Event(event.id(), event.title(), event.start(), event.end(),
                        event.location()))
                .toList();
    }
}

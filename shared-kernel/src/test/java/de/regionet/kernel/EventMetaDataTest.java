package de.regionet.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reader of event metadata: regions, audience, position and texts, whatever is missing. */
class EventMetaDataTest {

    @Test
    void an_events_regions_are_its_own_first_then_those_it_lists_each_once() {
        var metaData = Map.of(EventMetaData.REGION_KEY, "15089", EventMetaData.REGION_KEYS, List.of("15001", "15089"));
        assertThat(EventMetaData.regionsOf(metaData)).containsExactly("15089", "15001");
    }

    @Test
    void an_event_without_region_metadata_concerns_no_region() {
        assertThat(EventMetaData.regionsOf(Map.of())).isEmpty();
        assertThat(EventMetaData.regionsOf(Map.of(EventMetaData.REGION_KEY, 15089))).isEmpty();
    }

    @Test
    void only_an_event_marked_public_is_public() {
        assertThat(EventMetaData.isPublic(Map.of(EventMetaData.AUDIENCE, EventMetaData.PUBLIC))).isTrue();
        assertThat(EventMetaData.isPublic(Map.of(EventMetaData.AUDIENCE, "NETWORK"))).isFalse();
        assertThat(EventMetaData.isPublic(Map.of())).isFalse();
    }

    @Test
    void the_global_position_is_read_where_the_store_added_it() {
        assertThat(EventMetaData.globalPositionOf(Map.of(EventMetaData.GLOBAL_POSITION, 42))).isEqualTo(42L);
        assertThat(EventMetaData.globalPositionOf(Map.of())).isNull();
    }

    @Test
    void texts_are_read_as_texts_or_not_at_all() {
        var metaData = Map.of(EventMetaData.PRINCIPAL, "redaktion", EventMetaData.CORRELATION_ID, 7,
                EventMetaData.REGION_KEYS, List.of("15001"));
        assertThat(EventMetaData.text(metaData, EventMetaData.PRINCIPAL)).isEqualTo("redaktion");
        assertThat(EventMetaData.text(metaData, EventMetaData.CORRELATION_ID)).isNull();
        assertThat(EventMetaData.texts(metaData, EventMetaData.REGION_KEYS)).containsExactly("15001");
        assertThat(EventMetaData.texts(metaData, EventMetaData.PRINCIPAL)).isNull();
    }
}

package org.coordina.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.coordina.sample.events.SampleRecorded;
import org.junit.jupiter.api.Test;

class EventTypeTests {

    /** A breaking change of SampleRecorded, as the versioning policy names it. */
    record SampleRecordedV2(String label) {
    }

    @Test
    void anEventRecordIsNamedByItsModulePackageAndItsName() {
        var type = EventType.of(SampleRecorded.class);

        assertThat(type.type()).isEqualTo("org.coordina.sample.SampleRecorded.v1");
        assertThat(type.source()).isEqualTo("/coordina/sample");
        assertThat(type.topic()).isEqualTo("coordina.sample.v1");
        assertThat(type).isEqualTo(new EventType("org.coordina", "sample", "SampleRecorded", 1));
    }

    @Test
    void aVersionSuffixAboveOneIsTheTypesVersionAndLeavesTheTopic() throws Exception {
        Class<?> v2 = Class.forName("org.coordina.sample.events.SampleRecordedV2");

        var type = EventType.of(v2);

        assertThat(type.type()).isEqualTo("org.coordina.sample.SampleRecorded.v2");
        assertThat(type.topic()).isEqualTo("coordina.sample.v1");
    }

    @Test
    void aNameEndingInV1OrALetterVIsNoVersion() throws Exception {
        assertThat(EventType.of(Class.forName("org.coordina.sample.events.SampleMovedV1")).name())
                .isEqualTo("SampleMovedV1");
        assertThat(EventType.of(Class.forName("org.coordina.sample.events.SampleTV")).name()).isEqualTo("SampleTV");
    }

    @Test
    void aClassOutsideAnEventsPackageOrNestedIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> EventType.of(String.class));
        assertThatIllegalArgumentException().isThrownBy(() -> EventType.of(SampleRecordedV2.class));
    }

    @Test
    void aCloudEventsTypeIsParsedBackIntoTheTypeThatNamedIt() throws Exception {
        for (Class<?> event : new Class<?>[] { SampleRecorded.class,
                Class.forName("org.coordina.sample.events.SampleRecordedV2"),
                Class.forName("org.coordina.sample.events.SampleMovedV1") }) {
            var type = EventType.of(event);
            assertThat(EventType.parse(type.type())).isEqualTo(type);
        }
        assertThat(EventType.parse("org.coordina.annualplanning.PlanApproved.v1").topic())
                .isEqualTo("coordina.annualplanning.v1");
    }

    @Test
    void aTextThatIsNoCloudEventsTypeOfAModuleEventIsRefused() {
        for (String text : new String[] { "", "PlanApproved", "org.coordina.annualplanning.PlanApproved",
                "annualplanning.PlanApproved.v1", "org.coordina.annualplanning.PlanApproved.vX" }) {
            assertThatIllegalArgumentException().as(text).isThrownBy(() -> EventType.parse(text));
        }
    }
}

package org.coordina.victimsupport.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.coordina.regionalcommissions.events.CommissionStatus;
import org.coordina.sharedkernel.domain.CommissionCode;
import org.coordina.sharedkernel.domain.DomainProblem;
import org.coordina.victimsupport.events.ProtectedFigure;
import org.coordina.victimsupport.events.ServiceStatus;
import org.coordina.victimsupport.events.ServiceType;
import org.coordina.victimsupport.events.SupportActivityKind;
import org.coordina.victimsupport.events.SupportActivityReported;
import org.coordina.victimsupport.events.SupportServiceChanged;
import org.coordina.victimsupport.events.SupportServiceRegistered;
import org.coordina.victimsupport.events.TargetGroup;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

class SupportActivitiesTests {

    private final InMemoryStores stores = new InMemoryStores();

    private final CommissionCode code = stores.known("VAR");

    private static ActivityDetails details(int people, UUID service, UUID planning) {
        return new ActivityDetails(SupportActivityKind.PSYCHOLOGICAL_SUPPORT, LocalDate.of(2030, 4, 1),
                LocalDate.of(2030, 6, 30), service, people, "Group sessions", planning);
    }

    private static ServiceDetails shelter(int capacity, ServiceStatus status) {
        return new ServiceDetails("Приют", "Shelter", ServiceType.SHELTER, TargetGroup.WOMEN, "Varna", "Demo NGO",
                capacity, LocalDate.of(2020, 1, 1), null, status);
    }

    @Test
    void aDraftChangesFreelyAndIsReportedOnceWithItsCountProtected() {
        var planning = UUID.randomUUID();
        var activity = stores.activities.record(code, details(3, null, planning));
        assertThat(activity.getStatus()).isEqualTo(SupportActivityStatus.DRAFT);
        assertThat(stores.published).isEmpty();
        assertThat(stores.activities.change(code, activity.getId(), 1, details(3, null, planning)).getVersion())
                .isEqualTo(1);
        var changed = stores.activities.change(code, activity.getId(), 1, details(4, null, planning));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(changed.details().peopleSupported()).isEqualTo(4);

        var reported = stores.activities.report(code, activity.getId(), 2);
        assertThat(reported.getStatus()).isEqualTo(SupportActivityStatus.REPORTED);
        assertThat(stores.published(SupportActivityReported.class)).singleElement().satisfies(event -> {
            assertThat(event.peopleSupported()).isEqualTo(ProtectedFigure.hidden());
            assertThat(event.version()).isEqualTo(3);
            assertThat(event.planningActivityId()).isEqualTo(planning);
            assertThat(event.commission()).isEqualTo(code);
            assertThat(event.kind()).isEqualTo(SupportActivityKind.PSYCHOLOGICAL_SUPPORT);
            assertThat(event.periodTo()).isEqualTo(LocalDate.of(2030, 6, 30));
            assertThat(event.description()).isEqualTo("Group sessions");
            assertThat(event.aggregateId()).isEqualTo(activity.getId().toString());
        });
        assertThatThrownBy(() -> stores.activities.report(code, activity.getId(), 3))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
                    assertThat(problem.arguments()).containsExactly(activity.getId(), SupportActivityStatus.REPORTED);
                });
        assertThatThrownBy(() -> stores.activities.change(code, activity.getId(), 3, details(9, null, null)))
                .isInstanceOf(DomainProblem.class);
        assertThat(stores.activities.history(code, activity.getId())).extracting(entry -> entry.action())
                .containsExactly("recorded", "changed", "reported");
        assertThat(stores.history.of(activity.getId()).get(0).changes())
                .anySatisfy(change -> assertThat(change.to()).isEqualTo("suppressed"));
        // 3 to 4 people: both suppressed, so no field shows a change, but the change is on record.
        assertThat(stores.history.of(activity.getId()).get(1).changes()).isEmpty();
    }

    @Test
    void aLargeCountIsReportedAsItIs() {
        var activity = stores.activities.record(code, details(12, null, null));
        stores.activities.report(code, activity.getId(), 1);
        assertThat(stores.published(SupportActivityReported.class)).singleElement()
                .satisfies(event -> assertThat(event.peopleSupported()).isEqualTo(ProtectedFigure.of(12)));
    }

    @Test
    void anotherCommissionsActivityAnUnknownServiceOrCommissionAndAStaleVersionAreRefused() {
        var activity = stores.activities.record(code, details(3, null, null));
        var other = stores.known("BGS");
        assertThatThrownBy(() -> stores.activities.find(other, activity.getId()))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
        assertThatThrownBy(() -> stores.activities.record(code, details(3, UUID.randomUUID(), null)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("victimsupport.service.unknown"));
        assertThatThrownBy(() -> stores.activities.change(code, activity.getId(), 1, details(3, UUID.randomUUID(), null)))
                .isInstanceOf(DomainProblem.class);
        var dissolved = CommissionCode.parse("MON");
        stores.commissions.project(UUID.randomUUID(), dissolved, "М", "M", CommissionStatus.DISSOLVED, 1);
        assertThatThrownBy(() -> stores.activities.record(dissolved, details(3, null, null)))
                .isInstanceOf(DomainProblem.class);
        assertThatThrownBy(() -> stores.activities.report(code, activity.getId(), 5))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var service = stores.services.register(shelter(6, null));
        assertThat(stores.activities.record(code, details(3, service.getId(), null)).details().serviceId())
                .isEqualTo(service.getId());
    }

    @Test
    void detailsAreCheckedForPersonalDataPeriodAndCount() {
        assertThatThrownBy(() -> new ActivityDetails(SupportActivityKind.REFERRAL, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 1), null, 1, "Referred 7501010010", null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.arguments())
                        .containsExactly("description"));
        assertThatThrownBy(() -> new ActivityDetails(SupportActivityKind.REFERRAL, LocalDate.of(2030, 1, 2),
                LocalDate.of(2030, 1, 1), null, 1, null, null)).isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.activity.period"));
        assertThatThrownBy(() -> new ActivityDetails(SupportActivityKind.REFERRAL, LocalDate.of(2030, 1, 1),
                LocalDate.of(2030, 1, 1), null, -1, null, null)).isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.activity.people"));
        assertThat(new ActivityDetails(SupportActivityKind.REFERRAL, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1),
                null, 0, null, null).peopleSupported()).isZero();
    }

    @Test
    void theRegisterKeepsItsServicesAndTellsOfEachChange() {
        var service = stores.services.register(shelter(6, null));
        assertThat(service.details().status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(stores.published(SupportServiceRegistered.class)).singleElement().satisfies(event -> {
            assertThat(event.version()).isEqualTo(1);
            assertThat(event.capacity()).isEqualTo(6);
            assertThat(event.status()).isEqualTo(ServiceStatus.ACTIVE);
            assertThat(event.aggregateId()).isEqualTo(service.getId().toString());
        });
        assertThat(stores.services.change(service.getId(), 1, shelter(6, ServiceStatus.ACTIVE)).getVersion()).isEqualTo(1);
        assertThat(stores.published(SupportServiceChanged.class)).isEmpty();
        var changed = stores.services.change(service.getId(), 1, shelter(8, ServiceStatus.SUSPENDED));
        assertThat(changed.getVersion()).isEqualTo(2);
        assertThat(stores.published(SupportServiceChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.version()).isEqualTo(2);
            assertThat(event.capacity()).isEqualTo(8);
            assertThat(event.status()).isEqualTo(ServiceStatus.SUSPENDED);
        });
        assertThat(stores.services.history(service.getId())).extracting(entry -> entry.action())
                .containsExactly("registered", "changed");
        assertThatThrownBy(() -> stores.services.change(service.getId(), 1, shelter(9, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> stores.services.find(UUID.randomUUID())).isInstanceOfSatisfying(DomainProblem.class,
                problem -> assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.NOT_FOUND));
    }

    @Test
    void serviceDetailsAreCheckedForPersonalDataPeriodAndCapacity() {
        assertThatThrownBy(() -> new ServiceDetails("Приют", "Shelter", ServiceType.SHELTER, TargetGroup.WOMEN, "Varna",
                "ngo@example.bg", 6, LocalDate.of(2020, 1, 1), null, null)).isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.arguments()).containsExactly("operator"));
        assertThatThrownBy(() -> new ServiceDetails("Приют 0888 123 456", "Shelter", ServiceType.SHELTER,
                TargetGroup.WOMEN, "Varna", "NGO", 6, LocalDate.of(2020, 1, 1), null, null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.arguments())
                        .containsExactly("nameBg"));
        assertThatThrownBy(() -> new ServiceDetails("Приют", "Shelter +359 2 123 4567", ServiceType.SHELTER,
                TargetGroup.WOMEN, "Varna", "NGO", 6, LocalDate.of(2020, 1, 1), null, null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.arguments())
                        .containsExactly("nameEn"));
        assertThatThrownBy(() -> new ServiceDetails("Приют", "Shelter", ServiceType.SHELTER, TargetGroup.WOMEN,
                "7501010010", "NGO", 6, LocalDate.of(2020, 1, 1), null, null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.arguments())
                        .containsExactly("city"));
        assertThatThrownBy(() -> new ServiceDetails("Приют", "Shelter", ServiceType.SHELTER, TargetGroup.WOMEN, "Varna",
                "NGO", 6, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), null))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("victimsupport.service.period"));
        assertThatThrownBy(() -> new ServiceDetails("Приют", "Shelter", ServiceType.SHELTER, TargetGroup.WOMEN, "Varna",
                "NGO", -1, LocalDate.of(2020, 1, 1), null, null)).isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.messageCode()).isEqualTo("victimsupport.service.capacity"));
        assertThat(new ServiceDetails("Приют", "Shelter", ServiceType.SHELTER, TargetGroup.WOMEN, "Varna", "NGO", 0,
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), null).capacity()).isZero();
    }
}

package org.coordina.annualplanning.internal;

import java.util.HashSet;
import java.util.List;

import org.coordina.sharedkernel.domain.DomainProblem;

/**
 * The structure of a year's National Programme: its sections and their operational objectives (codes
 * unique within the programme).
 */
public record Programme(List<ProgrammeSection> sections, List<OperationalObjective> objectives) {

    public Programme {
        sections = sections == null ? List.of() : List.copyOf(sections);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        if (sections.isEmpty()) {
            throw DomainProblem.ruleViolated("annualplanning.cycle.noSections");
        }
        var codes = new HashSet<String>();
        sections.forEach(section -> requireUnique(codes, section.code()));
        objectives.forEach(objective -> requireUnique(codes, objective.code()));
    }

    private static void requireUnique(HashSet<String> codes, String code) {
        if (!codes.add(code)) {
            throw DomainProblem.ruleViolated("annualplanning.cycle.duplicateCode", code);
        }
    }

    /** The seven default sections of the National Programme (reference data), without operational objectives. */
    public static Programme defaults() {
        return new Programme(List.of(
                section("I", "Институционални и организационни мерки", "Institutional and organisational measures",
                        "Ефективна институционална рамка за противодействие на трафика на хора",
                        "An effective institutional framework for countering trafficking in human beings"),
                section("II", "Превенция", "Prevention",
                        "Намаляване на уязвимостта към трафик чрез информиране и превенция",
                        "Less vulnerability to trafficking through information and prevention"),
                section("III", "Обучение и повишаване на капацитета на служителите", "Training and capacity building of staff",
                        "Подготвени специалисти във всички институции",
                        "Trained professionals in every institution"),
                section("IV", "Идентифициране, защита и подкрепа на жертвите", "Identification, protection and support of victims",
                        "Ранна идентификация и пълноценна подкрепа за всяка жертва",
                        "Early identification and full support for every victim"),
                section("V", "Събиране на данни, анализ и изследвания", "Data collection, analysis and research",
                        "Решения, основани на надеждни данни", "Decisions based on reliable data"),
                section("VI", "Международно сътрудничество", "International cooperation",
                        "Ефективно сътрудничество с международни партньори",
                        "Effective cooperation with international partners"),
                section("VII", "Законодателни инициативи", "Legislative initiatives",
                        "Законодателство, съобразено с международните стандарти",
                        "Legislation in line with international standards")),
                List.of());
    }

    private static ProgrammeSection section(String code, String titleBg, String titleEn, String objectiveBg,
            String objectiveEn) {
        return new ProgrammeSection(code, titleBg, titleEn, objectiveBg, objectiveEn);
    }
}

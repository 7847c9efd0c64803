package org.coordina;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.modulith.Modulithic;

/**
 * Coordina: the modules of the national and local anti-trafficking commissions in one application.
 * Beans and repositories are named by their fully qualified class names: each module names its classes in
 * its own language, and two modules may well both have a {@code CommissionProjection} or a
 * {@code KnownCommissionRepository} (bounded contexts), which simple bean names would make collide.
 */
@Modulithic(systemName = "Coordina", sharedModules = "sharedkernel")
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@EnableJdbcRepositories(basePackages = "org.coordina", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class CoordinaApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinaApplication.class, args);
    }
}

package org.coordina;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Coordina: the modules of the national and local anti-trafficking commissions in one application. */
@Modulithic(systemName = "Coordina", sharedModules = "sharedkernel")
@SpringBootApplication
public class CoordinaApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoordinaApplication.class, args);
    }
}

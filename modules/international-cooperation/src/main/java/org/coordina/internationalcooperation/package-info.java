/**
 * International cooperation: partners, agreements, cooperation activities, international reporting
 * obligations with their deadlines, and legislative initiatives.
 */
@ApplicationModule(displayName = "International cooperation", allowedDependencies = { "sharedkernel",
        "regionalcommissions :: events" })
package org.coordina.internationalcooperation;

import org.springframework.modulith.ApplicationModule;

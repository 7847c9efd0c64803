/**
 * The shared kernel: roles, commission scoping, problem types and ETag handling that every module's web layer uses alike.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package org.coordina.sharedkernel;

import org.springframework.modulith.ApplicationModule;

package org.coordina.victimsupport.events;

/** Whom a support service is for. */
public enum TargetGroup {
    ADULTS, CHILDREN, WOMEN, MEN, FOREIGN_NATIONALS, ALL
}

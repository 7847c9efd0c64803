/**
 * Web-free domain building blocks every module shares: refusals (the application maps them to Problem
 * Details) and the commission code.
 */
package org.coordina.sharedkernel.domain;

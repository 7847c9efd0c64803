/**
 * The accounts module's implementation: user accounts, sign-in by password and API key, the
 * administration API, the commission projection and the demo accounts.
 */
package org.coordina.accounts.internal;

/**
 * HTTP tests of the accounts module through the whole application: sign-in, administration, API keys, tokens.
 */
package org.coordina.accounts;

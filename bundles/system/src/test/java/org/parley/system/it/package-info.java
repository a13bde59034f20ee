/**
 * In-framework tests: an embedded Felix with SCR, ConfigAdmin, Metatype and FileInstall runs this bundle for real;
 * the tests reach its services through the framework (by reflection, as the classes live in bundle class loaders).
 */
package org.parley.system.it;

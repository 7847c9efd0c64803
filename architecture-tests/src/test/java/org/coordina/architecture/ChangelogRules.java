package org.coordina.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docs/module-rules.md §12: every module's Liquibase changesets touch only its own schema. The changelogs live in
 * {@code <base>/<folder>/*.yaml}; the folder names the schema it owns ({@code modulith} owns {@code modulith},
 * {@code accounts} owns {@code accounts}). For every changeSet:
 * <ul>
 * <li>its id starts with {@code <folder>-};</li>
 * <li>every structured change carries a {@code schemaName} (or {@code baseTableSchemaName}, ...) and every such
 * attribute names the folder's schema: a change without one lands in {@code public}, shared by nobody;</li>
 * <li>raw SQL ({@code sql}, {@code sqlFile}, a rollback string) names the folder's schema (a schema-qualified
 * object or {@code CREATE SCHEMA}), qualifies no object with another folder's schema or {@code public}, names
 * no other schema after {@code SCHEMA} and does not set {@code search_path};</li>
 * <li>SQL in views, procedures and preconditions qualifies no object with another schema.</li>
 * </ul>
 * Only YAML changelogs can be checked, so any other file in a folder is reported too.
 * Liquibase itself is not run: the check reads the files as data, which makes it fast and independent of a database.
 */
final class ChangelogRules {

    /** Change types that touch no database object, so they need no schema. */
    private static final Set<String> SCHEMALESS_CHANGES = Set.of("tagDatabase", "empty", "output", "stop");

    /** Attributes holding SQL inside structured changes; they may not reach into another schema. */
    private static final Set<String> EMBEDDED_SQL = Set.of("selectQuery", "procedureBody", "sql");

    private static final String IDENTIFIER = "(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)";

    private static final Pattern QUALIFIED_NAME = Pattern
            .compile("(?<![A-Za-z0-9_$.\"])" + IDENTIFIER + "\\s*\\.\\s*(?:\"[^\"]+\"|[A-Za-z_*])");

    private static final Pattern SCHEMA_CLAUSE = Pattern
            .compile("(?i)\\bschema\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?" + IDENTIFIER);

    private static final Pattern SEARCH_PATH = Pattern.compile("(?i)\\bsearch_path\\b");

    private final String base;

    /** @param base the classpath folder that holds one changelog folder per schema, e.g. {@code db/changelog} */
    ChangelogRules(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** What a check saw and what it found wrong. */
    record Report(Map<String, List<String>> filesByFolder, int changeSets, List<String> violations) {
    }

    /** Throws an {@link AssertionError} listing every violation; passes quietly otherwise. */
    Report check() {
        Report report = evaluate();
        if (!report.violations().isEmpty()) {
            throw new AssertionError("Liquibase changelogs under classpath:%s/ touch schemas other than their own "
                    .formatted(base) + "(docs/module-rules.md §12; " + report.violations().size() + " violations):\n  "
                    + String.join("\n  ", report.violations()));
        }
        return report;
    }

    Report evaluate() {
        Map<String, List<String>> filesByFolder = new TreeMap<>();
        Map<String, Resource> resources = new TreeMap<>();
        for (Resource resource : findResources()) {
            String relative = relativePath(resource);
            resources.put(relative, resource);
            filesByFolder.computeIfAbsent(relative.substring(0, relative.indexOf('/')), folder -> new ArrayList<>())
                    .add(relative);
        }
        Set<String> knownSchemas = new TreeSet<>(filesByFolder.keySet());
        knownSchemas.add("public");
        List<String> violations = new ArrayList<>();
        int changeSets = 0;
        for (Map.Entry<String, Resource> file : resources.entrySet()) {
            String relative = file.getKey();
            String folder = relative.substring(0, relative.indexOf('/'));
            var checker = new FileChecker(relative, folder, knownSchemas, file.getValue(), violations);
            changeSets += checker.check();
        }
        return new Report(filesByFolder, changeSets, violations);
    }

    private List<Resource> findResources() {
        try {
            List<Resource> files = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + base + "/*/**/*")) {
                if (resource.isReadable() && !resource.getURL().toString().endsWith("/")) {
                    files.add(resource);
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String relativePath(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf(base + "/") + base.length() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one changelog file of a folder; collects violations, returns the number of changeSets it read. */
    private static final class FileChecker {

        private final String file;

        private final String schema;

        private final Set<String> knownSchemas;

        private final Resource resource;

        private final List<String> violations;

        private String changeSetId = "";

        FileChecker(String file, String schema, Set<String> knownSchemas, Resource resource, List<String> violations) {
            this.file = file;
            this.schema = schema;
            this.knownSchemas = knownSchemas;
            this.resource = resource;
            this.violations = violations;
        }

        int check() {
            if (!file.endsWith(".yaml") && !file.endsWith(".yml")) {
                violations.add(file + ": not a YAML changelog; changelogs are YAML so that this gate can read them");
                return 0;
            }
            Object document;
            try (InputStream in = resource.getInputStream()) {
                document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!(document instanceof Map<?, ?> root) || !(root.get("databaseChangeLog") instanceof List<?> entries)) {
                violations.add(file + ": no databaseChangeLog list");
                return 0;
            }
            int changeSets = 0;
            for (Object entry : entries) {
                if (!(entry instanceof Map<?, ?> map)) {
                    continue;
                }
                if (map.get("changeSet") instanceof Map<?, ?> changeSet) {
                    changeSets++;
                    checkChangeSet(changeSet);
                } else if (map.containsKey("include") || map.containsKey("includeAll")) {
                    changeSetId = "";
                    report("includes other changelogs; the master changelog includes each folder, and an include "
                            + "could reach into another module's folder");
                }
            }
            return changeSets;
        }

        private void checkChangeSet(Map<?, ?> changeSet) {
            changeSetId = String.valueOf(changeSet.get("id"));
            if (!changeSetId.startsWith(schema + "-")) {
                report("id does not start with '%s-'".formatted(schema));
            }
            checkChanges(changeSet.get("changes"), "change");
            Object rollback = changeSet.get("rollback");
            if (rollback instanceof String sql) {
                checkSql(sql, "rollback", true);
            } else {
                checkChanges(rollback, "rollback");
            }
            checkEmbedded(changeSet.get("preConditions"), "preConditions", true);
        }

        private void checkChanges(Object changes, String role) {
            if (changes instanceof Map<?, ?> single) {
                changes = List.of(single);
            }
            if (!(changes instanceof List<?> list)) {
                return;
            }
            for (Object change : list) {
                if (change instanceof Map<?, ?> map) {
                    map.forEach((type, body) -> checkChange(String.valueOf(type), body, role));
                }
            }
        }

        private void checkChange(String type, Object body, String role) {
            String where = role + " " + type;
            switch (type) {
                case "sql" -> checkSql(body instanceof Map<?, ?> map ? String.valueOf(map.get("sql"))
                        : String.valueOf(body), where, true);
                case "sqlFile" -> checkSql(readSqlFile(body, where), where, true);
                default -> {
                    if (SCHEMALESS_CHANGES.contains(type)) {
                        return;
                    }
                    List<String> schemaNames = new ArrayList<>();
                    collectSchemaNames(body, schemaNames);
                    if (schemaNames.isEmpty()) {
                        report(where + " has no schemaName, so it would land in the default schema (public)");
                    }
                    for (String named : schemaNames) {
                        if (!named.equals(schema)) {
                            report(where + " touches schema '" + named + "'");
                        }
                    }
                    checkEmbedded(body, where, false);
                }
            }
        }

        /**
         * Embedded SQL anywhere below {@code node} (views, procedures, sqlCheck preconditions) and, where the caller
         * has not checked them yet ({@code checkSchemaAttributes}), schema attributes (preconditions).
         */
        private void checkEmbedded(Object node, String where, boolean checkSchemaAttributes) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    String name = String.valueOf(key);
                    if (isSchemaAttribute(name)) {
                        if (checkSchemaAttributes && !schema.equals(String.valueOf(value))) {
                            report(where + " names schema '" + value + "' in " + name);
                        }
                    } else if (EMBEDDED_SQL.contains(name) && value instanceof String sql) {
                        checkSql(sql, where + " " + name, false);
                    } else {
                        checkEmbedded(value, where, checkSchemaAttributes);
                    }
                });
            } else if (node instanceof List<?> list) {
                list.forEach(item -> checkEmbedded(item, where, checkSchemaAttributes));
            }
        }

        private static void collectSchemaNames(Object node, List<String> names) {
            if (node instanceof Map<?, ?> map) {
                map.forEach((key, value) -> {
                    if (isSchemaAttribute(String.valueOf(key))) {
                        names.add(String.valueOf(value));
                    } else {
                        collectSchemaNames(value, names);
                    }
                });
            } else if (node instanceof List<?> list) {
                list.forEach(item -> collectSchemaNames(item, names));
            }
        }

        private static boolean isSchemaAttribute(String name) {
            return name.equals("schemaName") || name.endsWith("SchemaName");
        }

        /**
         * Raw SQL: string literals and comments are ignored; each statement must name the own schema (when
         * {@code mustNameOwnSchema}), qualify objects with no other known schema, name no other schema after
         * {@code SCHEMA} and leave {@code search_path} alone. Qualifiers that are no schema (table aliases,
         * {@code excluded}) are ignored, which is why only known schemas (the folders and {@code public}) count.
         */
        private void checkSql(String sql, String where, boolean mustNameOwnSchema) {
            String code = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ")
                    .replaceAll("'(?:[^']|'')*'", "''");
            // Dollar-quoted bodies contain semicolons; such SQL is checked as one statement.
            String[] statements = code.contains("$") ? new String[] { code } : code.split(";");
            for (String statement : statements) {
                if (statement.isBlank()) {
                    continue;
                }
                boolean namesOwnSchema = false;
                if (SEARCH_PATH.matcher(statement).find()) {
                    report(where + " sets search_path");
                }
                Matcher schemaClause = SCHEMA_CLAUSE.matcher(statement);
                while (schemaClause.find()) {
                    String named = normalise(schemaClause.group(1));
                    namesOwnSchema |= named.equals(schema);
                    if (!named.equals(schema)) {
                        report(where + " names schema '" + named + "': " + oneLine(statement));
                    }
                }
                Matcher qualified = QUALIFIED_NAME.matcher(statement);
                while (qualified.find()) {
                    String qualifier = normalise(qualified.group(1));
                    namesOwnSchema |= qualifier.equals(schema);
                    if (!qualifier.equals(schema) && knownSchemas.contains(qualifier)) {
                        report(where + " touches schema '" + qualifier + "': " + oneLine(statement));
                    }
                }
                if (mustNameOwnSchema && !namesOwnSchema) {
                    report(where + " does not qualify its objects with schema '" + schema
                            + "', so they would land in the default schema (public): " + oneLine(statement));
                }
            }
        }

        private String readSqlFile(Object body, String where) {
            if (!(body instanceof Map<?, ?> map) || map.get("path") == null) {
                report(where + " has no path");
                return "";
            }
            String path = String.valueOf(map.get("path"));
            try {
                Resource sqlFile = Boolean.parseBoolean(String.valueOf(map.get("relativeToChangelogFile")))
                        ? resource.createRelative(path)
                        : new PathMatchingResourcePatternResolver().getResource("classpath:" + path);
                try (InputStream in = sqlFile.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                report(where + " points to " + path + ", which cannot be read, so it cannot be checked");
                return "";
            }
        }

        private static String normalise(String identifier) {
            return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1)
                    : identifier.toLowerCase(Locale.ROOT);
        }

        private static String oneLine(String statement) {
            String line = statement.strip().replaceAll("\\s+", " ");
            return line.length() > 120 ? line.substring(0, 117) + "..." : line;
        }

        private void report(String problem) {
            violations.add(file + (changeSetId.isEmpty() ? "" : " changeSet " + changeSetId) + ": " + problem);
        }
    }
}

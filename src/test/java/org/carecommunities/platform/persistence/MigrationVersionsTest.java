package org.carecommunities.platform.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Modules keep their own migrations side by side, and Flyway runs them as one list: two with the same version in
 * different modules stop the application at start. Caught here, before it starts.
 */
class MigrationVersionsTest {

    @Test
    void everyMigrationHasAVersionOfItsOwnAcrossModules() throws IOException {
        Map<String, List<Path>> byVersion;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources", Migrator.SCHEMA))) {
            byVersion = files.filter(p -> p.getFileName().toString().matches("V.+__.+\\.sql"))
                    .collect(Collectors.groupingBy(p -> p.getFileName().toString().replaceAll("^V(.+?)__.*", "$1")
                            .replace('_', '.')));
        }
        assertEquals(Map.of(), byVersion.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "versions used twice");
    }
}

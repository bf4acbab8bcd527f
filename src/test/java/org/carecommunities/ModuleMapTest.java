package org.carecommunities;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Writes {@code docs/modules.md} from the compiled classes (the modules, what each uses, its sub-domains, its API,
 * the events that cross modules and the interfaces earlier modules own for later ones to implement) and fails when
 * the committed file differs, so the map is never stale: run the unit tests and commit the file it rewrote.
 */
class ModuleMapTest {

    private static final String BASE = "org.carecommunities";
    private static final Path MAP = Path.of("docs/modules.md");

    @Test
    void theModuleMapIsCurrent() throws IOException {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        String map = map(classes);
        String committed = Files.exists(MAP) ? Files.readString(MAP) : "";
        if (!committed.equals(map)) {
            Files.createDirectories(MAP.getParent());
            Files.writeString(MAP, map);
        }
        assertEquals(committed, map, MAP + " was stale and has been rewritten: commit it");
    }

    static String map(JavaClasses classes) {
        List<String> modules = ArchitectureRules.MODULES;
        Map<String, Set<String>> uses = new TreeMap<>();
        Map<String, Set<String>> subPackages = new TreeMap<>();
        Map<String, Set<String>> api = new TreeMap<>();
        Map<String, Set<String>> firedBy = new TreeMap<>();
        Map<String, Set<String>> observedBy = new TreeMap<>();
        Map<String, Set<String>> implementedBy = new TreeMap<>();
        for (JavaClass type : classes) {
            String module = module(type);
            if (module.isEmpty() || type.getSimpleName().equals("package-info")) {
                continue;
            }
            String rest = type.getPackageName().substring((BASE + "." + module).length());
            if (!rest.isEmpty()) {
                subPackages.computeIfAbsent(module, m -> new TreeSet<>()).add(rest.substring(1));
            } else if (type.getEnclosingClass().isEmpty()) {
                api.computeIfAbsent(module, m -> new TreeSet<>()).add(type.getSimpleName());
            }
            type.getDirectDependenciesFromSelf().forEach(d -> {
                String other = module(d.getTargetClass());
                if (!other.isEmpty() && !other.equals(module)) {
                    uses.computeIfAbsent(module, m -> new TreeSet<>()).add(other);
                }
            });
            type.getFields().forEach(f -> {
                if (f.getRawType().isEquivalentTo(Event.class) && f.getType() instanceof JavaParameterizedType p) {
                    JavaClass event = p.getActualTypeArguments().get(0).toErasure();
                    firedBy.computeIfAbsent(name(event), e -> new TreeSet<>()).add(module);
                }
            });
            type.getMethods().forEach(method -> method.getParameters().forEach(parameter -> {
                if (parameter.isAnnotatedWith(Observes.class) && !module(parameter.getRawType()).isEmpty()) {
                    observedBy.computeIfAbsent(name(parameter.getRawType()), e -> new TreeSet<>())
                            .add(module + " (" + type.getSimpleName() + ")");
                }
            }));
            type.getAllRawInterfaces().forEach(i -> {
                String owner = module(i);
                if (!owner.isEmpty() && !owner.equals(module) && type.getPackageName().startsWith(BASE)) {
                    implementedBy.computeIfAbsent(name(i), x -> new TreeSet<>())
                            .add(module + " (" + type.getSimpleName() + ")");
                }
            });
        }
        StringBuilder out = new StringBuilder();
        out.append("# Modules\n\n")
                .append("Written by `ModuleMapTest` from the compiled classes; the unit tests fail when it is stale. ")
                .append("Each module uses only those before it; its root package is its API, its sub-packages ")
                .append("are private (DESIGN.md §8).\n\n```mermaid\nflowchart RL\n");
        for (String module : modules) {
            for (String used : uses.getOrDefault(module, Set.of())) {
                out.append("  ").append(module).append(" --> ").append(used).append('\n');
            }
        }
        out.append("```\n");
        for (String module : modules) {
            out.append("\n## ").append(module).append("\n\n")
                    .append("- Uses: ").append(list(uses.get(module))).append('\n')
                    .append("- API (root package): ").append(list(api.get(module))).append('\n')
                    .append("- Sub-packages: ").append(list(subPackages.get(module))).append('\n');
        }
        out.append("\n## Events across modules\n\n| event | fired by | observed by |\n|---|---|---|\n");
        Set<String> events = new TreeSet<>(firedBy.keySet());
        events.retainAll(observedBy.keySet());
        for (String event : events) {
            if (observedBy.get(event).stream().allMatch(o -> firedBy.get(event).contains(o.split(" ")[0]))) {
                continue;
            }
            out.append("| `").append(event).append("` | ").append(String.join(", ", firedBy.get(event)))
                    .append(" | ").append(String.join(", ", observedBy.get(event))).append(" |\n");
        }
        out.append("\n## Interfaces an earlier module owns and later ones implement\n\n")
                .append("| interface | implemented by |\n|---|---|\n");
        implementedBy.forEach((i, by) -> out.append("| `").append(i).append("` | ").append(String.join(", ", by))
                .append(" |\n"));
        return out.toString();
    }

    private static String list(Set<String> items) {
        return items == null || items.isEmpty() ? "none" : "`" + String.join("`, `", items) + "`";
    }

    private static String name(JavaClass type) {
        return module(type) + "." + type.getSimpleName();
    }

    private static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(BASE + ".")) {
            return "";
        }
        String rest = name.substring(BASE.length() + 1);
        String module = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return ArchitectureRules.MODULES.contains(module) ? module : "";
    }
}

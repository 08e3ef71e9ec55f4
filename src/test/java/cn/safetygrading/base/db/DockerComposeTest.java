package cn.safetygrading.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue #12: the production compose files refuse to start without their secrets (required-variable
 * syntax {@code ${VAR:?message}}, no default password), run no demo profile, publish no database port
 * and bind what they publish to the loopback interface. Docker is not run here: the files are read as
 * Compose reads them (YAML, with anchors and merge keys).
 */
class DockerComposeTest {

    private static final Pattern REQUIRED = Pattern.compile("^\\$\\{[A-Z_]+:\\?[^}]+}$");
    private static final List<String> SECRETS = List.of("DB_PASSWORD", "POSTGRES_PASSWORD", "ADMIN_PASSWORD");

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "compose.cluster.yaml"})
    void productionFilesRequireTheirSecrets(String file) throws IOException {
        Map<String, Object> services = services(file);
        List<String> checked = new ArrayList<>();
        services.forEach((name, service) -> environment(service).forEach((key, value) -> {
            if (SECRETS.contains(key)) {
                assertThat(String.valueOf(value))
                        .as("%s %s.%s", file, name, key)
                        .matches(REQUIRED);
                checked.add(name + "." + key);
            }
        }));
        assertThat(checked).as(file).contains("db.POSTGRES_PASSWORD");
        assertThat(checked.stream().filter(c -> c.endsWith(".DB_PASSWORD")).count())
                .as(file)
                .isPositive();
        assertThat(checked.stream().filter(c -> c.endsWith(".ADMIN_PASSWORD")).count())
                .as(file)
                .isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"compose.yaml", "compose.cluster.yaml"})
    void productionFilesRunNoDemoAndPublishOnlyOnLoopback(String file) throws IOException {
        Map<String, Object> services = services(file);
        services.forEach((name, service) -> {
            Object profiles = environment(service).get("SPRING_PROFILES_ACTIVE");
            if (profiles != null) {
                assertThat(String.valueOf(profiles))
                        .as("%s %s", file, name)
                        .doesNotContain("demo")
                        .doesNotContain(":-");
            }
            for (Object port : ports(service)) {
                String p = String.valueOf(port);
                assertThat(p)
                        .as("%s %s port", file, name)
                        .matches("^(127\\.0\\.0\\.1|\\$\\{APP_BIND:-127\\.0\\.0\\.1}):.+:\\d+$");
            }
        });
        assertThat(ports(services.get("db")))
                .as("%s: the database is not published", file)
                .isEmpty();
        String text = Files.readString(Path.of("docker", file), StandardCharsets.UTF_8);
        assertThat(text)
                .doesNotContain("0.0.0.0:")
                .doesNotContain("DB_PASSWORD:-")
                .doesNotContain("ADMIN_PASSWORD:-");
    }

    @Test
    void theDemoIsItsOwnFileOnLoopback() throws IOException {
        Map<String, Object> services = services("compose.demo.yaml");
        assertThat(String.valueOf(environment(services.get("app")).get("SPRING_PROFILES_ACTIVE")))
                .contains("demo");
        assertThat(ports(services.get("db"))).isEmpty();
        assertThat(ports(services.get("app")))
                .allSatisfy(p -> assertThat(String.valueOf(p)).startsWith("127.0.0.1:"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services(String file) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("docker", file), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new LoaderOptions()).load(in);
            return (Map<String, Object>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Object service) {
        Object env = ((Map<String, Object>) service).get("environment");
        return env == null ? Map.of() : (Map<String, Object>) env;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> ports(Object service) {
        Object ports = ((Map<String, Object>) service).get("ports");
        return ports == null ? List.of() : (List<Object>) ports;
    }
}

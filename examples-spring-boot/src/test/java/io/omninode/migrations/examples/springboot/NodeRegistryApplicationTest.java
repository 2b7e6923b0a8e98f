package io.omninode.migrations.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.omninode.migrations.testing.PostgresTest;
import io.omninode.migrations.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The example service started as its users would, on an empty database. */
@PostgresTest
class NodeRegistryApplicationTest {

    @Test
    void migratesOnStartSoTheRepositoryReadsTheRegistryAndTheEndpointListsBothRevisions(TestDatabase database)
            throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NodeRegistryApplication.class)
                // arguments, as a deployment would pass them: they win over application.properties
                .run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=",
                        "--spring.datasource.password=", "--server.port=0")) {
            assertThat(context.getBean(NodeDirectory.class).nodesAtStartUp()).isEqualTo(2);
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/omninode")).build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.println("GET /actuator/omninode -> " + response.statusCode() + "\n" + response.body());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"current\":[\"9a8b7c6d5e4f\"]")
                    .contains("{\"revision\":\"9a8b7c6d5e4f\",\"downRevisions\":[\"3c4d5e6f7a8b\"],"
                            + "\"message\":\"add node heartbeat\",\"state\":\"APPLIED\",\"head\":true}")
                    .doesNotContain("PENDING");
        }
    }
}

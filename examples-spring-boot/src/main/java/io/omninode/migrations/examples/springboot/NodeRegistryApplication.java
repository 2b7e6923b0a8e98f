package io.omninode.migrations.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Start it against a PostgreSQL (the seed's defaults: localhost:5436, database omninode_bridge):
 * {@code mvn -pl examples-spring-boot -am compile} then run this class, or set {@code SPRING_DATASOURCE_URL}.
 */
@SpringBootApplication
public class NodeRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(NodeRegistryApplication.class, args);
    }
}

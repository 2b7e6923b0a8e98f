package io.omninode.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.omninode.migrations.processor.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** Jakarta Persistence entities: what cannot be mapped is an error on the element; both kinds mix. */
class JpaEntityDiagnosticsTest {

    private static final JavaFileObject CUSTOMER = jpa("Customer", """
            @Entity
            public class Customer {
                @Id Long id;
                @OneToMany(mappedBy = "customer") List<Purchase> purchases;
            }
            """);

    private static JavaFileObject jpa(String name, String body) {
        return source("com.example.shop." + name, """
                package com.example.shop;

                import jakarta.persistence.*;
                import java.util.List;

                """ + body);
    }

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new MigrationProcessor()).compile(sources);
    }

    private static void assertOneError(Compilation compilation, String message, JavaFileObject file, String line) {
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    }

    @Test
    void attributeWithoutMappingOrColumnDefinitionIsAnErrorOnTheAttribute() {
        JavaFileObject payload = jpa("Payload", """
                @Entity
                public class Payload {
                    @Id Long id;
                    Object body;
                }
                """);

        assertOneError(compile(payload), "[OmniNode/UnmappedType] attribute Payload.body has type java.lang.Object,"
                + " which Hibernate maps to no PostgreSQL column type by default; give it, e.g."
                + " @Column(columnDefinition = \"jsonb\"), or mark it @Transient", payload, "Object body");
    }

    @Test
    void unknownMappedByIsAnErrorOnTheRelationship() {
        JavaFileObject purchase = jpa("Purchase", """
                @Entity
                public class Purchase {
                    @Id Long id;
                    @ManyToOne Customer buyer;
                }
                """);

        assertOneError(compile(CUSTOMER, purchase), "[OmniNode/UnknownMappedBy] attribute Purchase.purchases is"
                + " mappedBy \"customer\", which entity com.example.shop.Purchase does not have (its attributes: id,"
                + " buyer)", CUSTOMER, "mappedBy = \"customer\"");
    }

    @Test
    void joinColumnNamingNoKeyColumnIsAnErrorOnTheJoinColumn() {
        JavaFileObject purchase = jpa("Purchase", """
                @Entity
                public class Purchase {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumn(name = "buyer", referencedColumnName = "customer_no")
                    Customer customer;
                }
                """);

        assertOneError(compile(CUSTOMER, purchase), "[OmniNode/UnknownColumn] join column of attribute"
                + " Purchase.customer names column \"customer_no\", which table customer does not have (its columns:"
                + " id)", purchase, "referencedColumnName");
    }

    @Test
    void aClassWithBothKindsOfEntityAnnotationIsAnErrorNamingWhichToKeep() {
        JavaFileObject both = source("com.example.shop.Both", """
                package com.example.shop;

                @io.omninode.migrations.annotations.Table
                @jakarta.persistence.Entity
                public class Both {
                    @jakarta.persistence.Id Long id;
                }
                """);

        assertOneError(compile(both), "[OmniNode/MixedEntityAnnotations] com.example.shop.Both carries both"
                + " @io.omninode.migrations.annotations.Table and @jakarta.persistence.Entity; keep"
                + " @jakarta.persistence.Entity", both, "@io.omninode.migrations.annotations.Table");
    }

    @Test
    void aSecondaryTableIsReportedAsNotReadYet() {
        JavaFileObject animal = jpa("Animal", """
                @Entity
                @SecondaryTable(name = "animal_detail")
                public class Animal {
                    @Id Long id;
                }
                """);

        assertOneError(compile(animal), "[OmniNode/UnsupportedJpaMapping] entity com.example.shop.Animal uses"
                + " @SecondaryTable, which the OmniNode processor does not read yet", animal, "@SecondaryTable");
    }

    @Test
    void aOneToManyWithAJoinColumnIsReportedOnTheAttribute() {
        JavaFileObject team = jpa("Team", """
                @Entity
                public class Team {
                    @Id Long id;
                    @OneToMany @JoinColumn(name = "team_id") List<Player> players;
                }
                """);
        JavaFileObject player = jpa("Player", """
                @Entity
                public class Player {
                    @Id Long id;
                }
                """);

        assertOneError(compile(team, player), "[OmniNode/UnsupportedJpaMapping] attribute Team.players uses"
                + " @OneToMany with a @JoinColumn, which the OmniNode processor does not read yet", team,
                "@OneToMany @JoinColumn");
    }

    @Test
    void unknownNamingStrategyIsAnInvalidOption() {
        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .withOptions("-Aomninode.migrations.namingStrategy=camel").compile(jpa("Tag", """
                        @Entity
                        public class Tag {
                            @Id Long id;
                        }
                        """));

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidOption] -Aomninode.migrations.namingStrategy=camel"
                + " is not a naming strategy; give jpa (names as written, Hibernate's default) or snake_case");
    }

    @Test
    void ownAndJpaEntitiesMixInOneSnapshotWithForeignKeysBetweenThem() throws IOException {
        JavaFileObject node = source("com.example.shop.Node", """
                package com.example.shop;

                import io.omninode.migrations.annotations.*;

                @Table
                public class Node {
                    @Id long id;
                    @References(table = "customer") Long customerId;
                }
                """);
        JavaFileObject customer = jpa("Customer", """
                @Entity
                public class Customer {
                    @Id Long id;
                }
                """);

        Compilation compilation = Compiler.javac().withProcessors(new MigrationProcessor())
                .withOptions("-Aomninode.migrations.namingStrategy=snake_case").compile(node, customer);

        assertThat(compilation).succeededWithoutWarnings();
        Schema schema = SchemaSnapshot.fromJson(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                MigrationProcessor.ENTITY_SNAPSHOT).orElseThrow().getCharContent(true).toString());
        assertThat(schema.tables()).extracting(t -> t.name().name()).containsExactly("customer", "node");
        assertThat(schema.tables().get(1).foreignKeys()).singleElement()
                .satisfies(fk -> assertThat(fk.referencedColumns()).containsExactly("id"));
    }
}

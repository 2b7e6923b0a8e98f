import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N @Table entity classes of 10 columns, two indexes and a foreign key each (to the previous
 * entity's table), for the processor benchmark. Run as a single-file program: java GenerateEntities.java N DIR
 */
public class GenerateEntities {

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path packageDir = Files.createDirectories(Path.of(args[1], "com/example/bench/entities"));
        for (int i = 0; i < count; i++) {
            String name = "E%05d".formatted(i);
            String parent = "e%05d".formatted(i == 0 ? 0 : i - 1);
            Files.writeString(packageDir.resolve(name + ".java"), """
                    package com.example.bench.entities;

                    import io.omninode.migrations.annotations.Column;
                    import io.omninode.migrations.annotations.Id;
                    import io.omninode.migrations.annotations.Index;
                    import io.omninode.migrations.annotations.References;
                    import io.omninode.migrations.annotations.Table;
                    import java.math.BigDecimal;
                    import java.time.Instant;
                    import java.time.LocalDate;
                    import java.util.UUID;

                    @Table(indexes = {
                            @Index(columns = {"parent_id", "created_at"}),
                            @Index(columns = "code", unique = true, where = "active")})
                    public record %s(
                            @Id(generated = Id.Generated.ALWAYS) long id,
                            @References(table = "%s") Long parentId,
                            @Column(length = 40, nullable = false) String code,
                            String description,
                            @Column(precision = 12, scale = 2, defaultValue = "0") BigDecimal amount,
                            boolean active,
                            int quantity,
                            UUID externalId,
                            LocalDate day,
                            @Column(defaultExpression = "now()") Instant createdAt) {}
                    """.formatted(name, parent));
        }
    }
}

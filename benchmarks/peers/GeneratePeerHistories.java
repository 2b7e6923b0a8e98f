import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one history of N one-table migrations (a straight line) for each tool the comparison runs, with the
 * same SQL in each: @Migration classes (ours), Flyway's V__ SQL files and an Alembic project.
 * Run as a single-file program: java GeneratePeerHistories.java N DIR
 */
public class GeneratePeerHistories {

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        Path ours = Files.createDirectories(dir.resolve("ours/src/com/example/peer"));
        Path flyway = Files.createDirectories(dir.resolve("flyway/sql"));
        Path alembic = Files.createDirectories(dir.resolve("alembic/versions"));
        for (int i = 0; i < count; i++) {
            String id = revision(i);
            String down = i == 0 ? null : revision(i - 1);
            String sql = "create table t%05d (id bigint primary key, name text not null)".formatted(i);
            Files.writeString(ours.resolve("M%05d.java".formatted(i)), """
                    package com.example.peer;

                    import io.omninode.migrations.MigrationScript;
                    import io.omninode.migrations.Operations;
                    import io.omninode.migrations.annotations.Migration;

                    @Migration(revision = "%s", downRevision = {%s}, message = "table %d")
                    public final class M%05d implements MigrationScript {
                        @Override
                        public void upgrade(Operations op) {
                            op.execute("%s");
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.execute("drop table t%05d");
                        }
                    }
                    """.formatted(id, down == null ? "" : '"' + down + '"', i, i, sql, i));
            Files.writeString(flyway.resolve("V%d__table_%d.sql".formatted(i + 1, i)), sql + ";\n");
            Files.writeString(alembic.resolve(id + "_table_%d.py".formatted(i)), """
                    \"\"\"table %d\"\"\"
                    from alembic import op

                    revision = "%s"
                    down_revision = %s
                    branch_labels = None
                    depends_on = None


                    def upgrade():
                        op.execute("%s")


                    def downgrade():
                        op.execute("drop table t%05d")
                    """.formatted(i, id, down == null ? "None" : '"' + down + '"', sql, i));
        }
        Files.writeString(dir.resolve("alembic/alembic.ini"), """
                [alembic]
                script_location = %s
                """.formatted(dir.resolve("alembic").toAbsolutePath()));
        Files.writeString(dir.resolve("alembic/env.py"), """
                import os
                from alembic import context
                from sqlalchemy import create_engine

                engine = create_engine(os.environ["ALEMBIC_URL"])
                with engine.connect() as connection:
                    context.configure(connection=connection,
                                      transaction_per_migration=os.environ.get("PER_MIGRATION") == "true")
                    with context.begin_transaction():
                        context.run_migrations()
                """);
    }

    private static String revision(int i) {
        return "%012x".formatted(0xa10000000000L + i * 7919L);
    }
}

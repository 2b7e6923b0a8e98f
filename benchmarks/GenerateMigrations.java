import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes N @Migration classes forming a realistic history: a main line with a branch pair and a
 * merge every 50 revisions. Run as a single-file program: java GenerateMigrations.java N DIR
 */
public class GenerateMigrations {

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path packageDir = Files.createDirectories(Path.of(args[1], "com/example/bench"));
        List<String[]> revisions = new ArrayList<>(); // id, downRevisions as Java source
        String head = null;
        while (revisions.size() < count) {
            int n = revisions.size();
            if (n % 50 == 25 && n + 11 <= count && head != null) {
                String left = head;
                String right = head;
                for (int i = 0; i < 5; i++) {
                    left = add(revisions, left);
                    right = add(revisions, right);
                }
                head = add(revisions, left, right);
            } else {
                head = head == null ? add(revisions) : add(revisions, head);
            }
        }
        for (int i = 0; i < revisions.size(); i++) {
            String[] revision = revisions.get(i);
            String name = "M%05d".formatted(i);
            Files.writeString(packageDir.resolve(name + ".java"), """
                    package com.example.bench;

                    import io.omninode.migrations.MigrationScript;
                    import io.omninode.migrations.Operations;
                    import io.omninode.migrations.annotations.Migration;

                    @Migration(revision = "%s", downRevision = {%s}, message = "benchmark step %d")
                    public final class %s implements MigrationScript {
                        @Override
                        public void upgrade(Operations op) {
                            op.execute("alter table bench add column c%d integer");
                        }

                        @Override
                        public void downgrade(Operations op) {
                            op.execute("alter table bench drop column c%d");
                        }
                    }
                    """.formatted(revision[0], revision[1], i, name, i, i));
        }
    }

    private static String add(List<String[]> revisions, String... down) {
        String id = "%012x".formatted(0xbe0000000000L + revisions.size() * 7919L);
        List<String> quoted = new ArrayList<>();
        for (String d : down) {
            quoted.add('"' + d + '"');
        }
        revisions.add(new String[] {id, String.join(", ", quoted)});
        return id;
    }
}

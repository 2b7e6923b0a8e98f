package io.omninode.migrations.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * A real javac run over a project's source folder into its class folder, as a build does, with the
 * test classpath (so the OmniNode processor runs). The class folder is emptied first, as after a
 * clean: what a failed compilation leaves there is what it wrote itself.
 *
 * @param exitCode javac's exit code
 * @param diagnostics everything javac printed
 */
record ProjectCompiler(int exitCode, String diagnostics) {

    static ProjectCompiler compile(Path sources, Path classes, String... options) {
        try {
            if (Files.exists(classes)) {
                try (Stream<Path> old = Files.walk(classes)) {
                    old.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(classes);
            List<String> arguments = new ArrayList<>(List.of("-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString(), "-Xlint:all"));
            arguments.addAll(List.of(options));
            try (Stream<Path> walk = Files.walk(sources)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> arguments.add(p.toString()));
            }
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            int code = ToolProvider.getSystemJavaCompiler().run(null, text, text, arguments.toArray(String[]::new));
            return new ProjectCompiler(code, text.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

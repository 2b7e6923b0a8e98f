package io.omninode.migrations.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources with javac into real directories, as a build tool does, so tests can look at
 * what was (or was not) written even when compilation fails, and load the result.
 */
final class DirectoryCompiler {

    record Result(boolean success, String diagnostics, Path classes, Path generatedSources) {

        URLClassLoader classLoader() {
            try {
                return new URLClassLoader(new URL[] {classes.toUri().toURL()}, DirectoryCompiler.class.getClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        String generatedSource(String qualifiedName) throws IOException {
            return Files.readString(generatedSources.resolve(qualifiedName.replace('.', '/') + ".java"));
        }
    }

    private DirectoryCompiler() {}

    static Result compile(Path workDirectory, List<String> options, List<Processor> processors, JavaFileObject... sources)
            throws IOException {
        Path classes = Files.createDirectories(workDirectory.resolve("classes"));
        Path generated = Files.createDirectories(workDirectory.resolve("generated-sources"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            List<String> allOptions = new ArrayList<>(options);
            allOptions.addAll(List.of("-classpath", System.getProperty("java.class.path")));
            JavaCompiler.CompilationTask task =
                    javac.getTask(new StringWriter(), files, diagnostics, allOptions, null, List.of(sources));
            task.setProcessors(processors);
            boolean success = task.call();
            StringBuilder text = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> text.append(d.getKind()).append(": ")
                    .append(d.getMessage(Locale.ROOT)).append('\n'));
            return new Result(success, text.toString(), classes, generated);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

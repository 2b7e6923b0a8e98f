package io.omninode.migrations.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.maven.shared.invoker.DefaultInvocationRequest;
import org.apache.maven.shared.invoker.DefaultInvoker;
import org.apache.maven.shared.invoker.InvocationRequest;
import org.apache.maven.shared.invoker.InvocationResult;
import org.apache.maven.shared.invoker.MavenInvocationException;

/**
 * Runs {@code mvn} on a copy of a project under {@code src/it}, as a user would: this build's artifacts from
 * {@code target/local-repo} (put there by {@code invoker:install}, never ~/.m2), everything else from the
 * build's own ~/.m2 as a file repository, and an environment without the developer's database variables.
 * The failsafe configuration in the pom passes the folders as {@code it.*} system properties.
 */
final class ProjectBuild {

    /** What a run printed and how it ended. */
    record Outcome(int exitCode, String log) {}

    private final Path work;
    private final Path settings;

    private ProjectBuild(Path work, Path settings) {
        this.work = work;
        this.settings = settings;
    }

    /** A settings file whose server {@code serverId} logs in as {@code user} with {@code password}. */
    static ProjectBuild withServer(String serverId, String user, String password) throws IOException {
        Path work = Path.of(required("it.work"));
        Files.createDirectories(work);
        String repository = Path.of(required("it.remoteRepository")).toUri().toString();
        String repositories = Stream.of("repositories", "pluginRepositories").map(kind -> "<" + kind + "><"
                + kind.replace("ies", "y") + "><id>central</id><url>" + repository + "</url>"
                + "<releases><checksumPolicy>ignore</checksumPolicy></releases>"
                + "<snapshots><enabled>false</enabled></snapshots></" + kind.replace("ies", "y") + "></" + kind + ">")
                .reduce("", String::concat);
        Path settings = work.resolve("settings.xml");
        // central is the build's own ~/.m2: what the outer build downloaded is copied, nothing is fetched
        Files.writeString(settings, "<settings><servers><server><id>" + serverId + "</id><username>" + user
                + "</username><password>" + password + "</password></server></servers>"
                + "<profiles><profile><id>it</id><activation><activeByDefault>true</activeByDefault></activation>"
                + repositories + "</profile></profiles></settings>", StandardCharsets.UTF_8);
        return new ProjectBuild(work, settings);
    }

    /** Copies {@code src/it/<project>} to a fresh folder named {@code copy} and runs {@code goals} in it. */
    Outcome run(String project, String copy, String databaseUrl, String... goals) throws Exception {
        Path folder = work.resolve(copy);
        copy(Path.of(required("it.projects")).resolve(project), folder);
        return runIn(folder, databaseUrl, goals);
    }

    /** Runs {@code goals} again in a copy that {@link #run} made (its target/classes are kept). */
    Outcome again(String copy, String databaseUrl, String... goals) throws MavenInvocationException {
        return runIn(work.resolve(copy), databaseUrl, goals);
    }

    private Outcome runIn(Path folder, String databaseUrl, String... goals) throws MavenInvocationException {
        InvocationRequest request = new DefaultInvocationRequest();
        request.setBaseDirectory(folder.toFile());
        request.setBatchMode(true);
        request.addArgs(List.of(goals));
        request.setLocalRepositoryDirectory(new File(required("it.localRepository")));
        request.setUserSettingsFile(settings.toFile());
        Properties properties = new Properties();
        properties.setProperty("it.pluginVersion", required("it.pluginVersion"));
        properties.setProperty("it.db.url", databaseUrl);
        request.setProperties(properties);
        // no OMNINODE_BRIDGE_DATABASE_URL, DATABASE_URL or POSTGRES_* from the developer's shell
        request.setShellEnvironmentInherited(false);
        request.addShellEnvironment("JAVA_HOME", System.getProperty("java.home"));
        request.addShellEnvironment("PATH", System.getenv().getOrDefault("PATH", ""));
        request.addShellEnvironment("HOME", System.getProperty("user.home"));
        // a short build: the quick compiler starts faster
        request.addShellEnvironment("MAVEN_OPTS", "-XX:TieredStopAtLevel=1");
        List<String> lines = new ArrayList<>();
        request.setOutputHandler(lines::add);
        request.setErrorHandler(lines::add);
        DefaultInvoker invoker = new DefaultInvoker();
        invoker.setMavenHome(new File(required("maven.home")));
        InvocationResult result = invoker.execute(request);
        String log = String.join("\n", lines);
        try {
            // one log per copy, each run appended, for reading after a failure
            Files.writeString(folder.resolve("build.log"), "$ mvn " + String.join(" ", goals) + "\n" + log + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(result.getExitCode(), log);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run this test through"
                    + " mvn verify (failsafe sets it)");
        }
        return value;
    }
}

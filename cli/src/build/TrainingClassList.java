import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Writes the class list the launcher makes its class-data-sharing archive from (run by the build at package
 * time): the classes the training runs loaded ({@code -XX:DumpLoadedClassList}), and every class of the
 * given packages in the jar, so that paths no training run can take without a database (reading a live
 * schema) are archived too. Lines name classes only: the ids a dump numbers them with differ from run to
 * run, and classes of other class loaders (the project's migrations) cannot be archived.
 *
 * <p>{@code java TrainingClassList.java JAR OUTPUT PACKAGE,PACKAGE... TRAINING_LIST...}
 */
public final class TrainingClassList {

    private TrainingClassList() {}

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<String> packages = List.of(args[2].split(","));
        Set<String> lines = new LinkedHashSet<>();
        for (int i = 3; i < args.length; i++) {
            for (String line : Files.readAllLines(Path.of(args[i]))) {
                if (!line.isBlank() && !line.startsWith("#") && !line.contains(" source: ")) {
                    int id = line.indexOf(" id: ");
                    lines.add(id < 0 ? line : line.substring(0, id));
                }
            }
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.endsWith(".class") && !name.endsWith("module-info.class")
                            && !name.endsWith("package-info.class") && !name.startsWith("META-INF/"))
                    .filter(name -> packages.stream().anyMatch(p -> name.startsWith(p.replace('.', '/') + "/")))
                    .forEach(name -> lines.add(name.substring(0, name.length() - ".class".length())));
        }
        Files.write(output, lines);
        System.out.println("class list: " + lines.size() + " lines in " + output);
    }
}

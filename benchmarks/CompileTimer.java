import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Times javac in one warm JVM, as Maven (in-process javac) and Gradle (a daemon) run it: takes
 * turns compiling without a processor and with each named processor, after warm-up rounds, and
 * prints the median milliseconds of each, in that order.
 * Run as: java -cp PROCESSOR_PATH CompileTimer.java SOURCES_LIST CLASSPATH OUT_DIR WARMUPS RUNS [-Akey=value...] PROCESSOR...
 */
public class CompileTimer {

    public static void main(String[] args) throws Exception {
        List<String> sourceNames = Files.readAllLines(Path.of(args[0]));
        String classpath = args[1];
        Path out = Path.of(args[2]);
        int warmups = Integer.parseInt(args[3]);
        int runs = Integer.parseInt(args[4]);
        List<String> rest = Arrays.asList(args).subList(5, args.length);
        List<String> processorOptions = rest.stream().filter(a -> a.startsWith("-A")).toList();
        List<String> processors = rest.stream().filter(a -> !a.startsWith("-A")).toList();
        List<List<Long>> times = new ArrayList<>();
        for (int p = 0; p <= processors.size(); p++) {
            times.add(new ArrayList<>());
        }
        for (int i = 0; i < warmups + runs; i++) {
            for (int p = 0; p <= processors.size(); p++) {
                Processor processor = p == 0 ? null
                        : (Processor) Class.forName(processors.get(p - 1)).getDeclaredConstructor().newInstance();
                long millis = compile(sourceNames, classpath, out.resolve("p" + p), processor, processorOptions);
                if (i >= warmups) {
                    times.get(p).add(millis);
                }
            }
        }
        StringBuilder medians = new StringBuilder();
        for (List<Long> values : times) {
            medians.append(medians.length() == 0 ? "" : " ").append(median(values));
        }
        System.out.println(medians);
    }

    private static long compile(List<String> sourceNames, String classpath, Path out, Processor processor,
            List<String> processorOptions) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
            Path target = Files.createDirectories(out);
            List<String> options = new ArrayList<>(Arrays.asList("-cp", classpath, "-d", target.toString(),
                    "-s", target.toString()));
            if (processor == null) {
                options.add("-proc:none");
            } else {
                options.addAll(processorOptions);
            }
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromStrings(sourceNames);
            long start = System.nanoTime();
            JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, null, options, null, units);
            if (processor != null) {
                task.setProcessors(List.of(processor));
            }
            if (!task.call()) {
                throw new IllegalStateException("compilation failed");
            }
            return (System.nanoTime() - start) / 1_000_000;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}

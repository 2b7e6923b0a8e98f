package io.omninode.migrations.processor;

import io.omninode.migrations.processor.options.ProcessorOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic;

/**
 * The time each stage of the processor took in this compilation, summed over rounds, reported as one note
 * when {@code -Aomninode.migrations.stageTimes=true} asks for it: benchmarks/processor-scale.sh reads it to
 * give each stage's share of the processor's cost.
 */
final class StageTimes {

    static final String OPTION = ProcessorOptions.STAGE_TIMES;
    /** Starts the note, so that a script can find it among javac's output. */
    static final String NOTE_PREFIX = "omninode stage times (ms):";

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    <T> T time(String stage, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(stage, System.nanoTime() - started, Long::sum);
        }
    }

    void time(String stage, Runnable work) {
        time(stage, () -> {
            work.run();
            return null;
        });
    }

    /** {@code omninode stage times (ms): migrations read 120, graph checked 4, ...}, in the order the stages ran. */
    void report(Messager messager) {
        StringBuilder note = new StringBuilder(NOTE_PREFIX);
        String separator = " ";
        for (Map.Entry<String, Long> stage : nanos.entrySet()) {
            note.append(separator).append(stage.getKey()).append(' ').append(stage.getValue() / 1_000_000);
            separator = ", ";
        }
        messager.printMessage(Diagnostic.Kind.NOTE, note);
    }
}

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The cheapest processor that generates a source file: one empty class. javac starts a second
 * round for it and re-enters every tree, so this is the floor any source-generating processor
 * (AutoValue, Dagger, ours) pays; the benchmark subtracts it to show our own share.
 */
public class FloorProcessor extends AbstractProcessor {

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("io.omninode.migrations.annotations.Migration");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!written && !annotations.isEmpty()) {
            written = true;
            try (Writer writer = processingEnv.getFiler().createSourceFile("floor.Generated").openWriter()) {
                writer.write("package floor; final class Generated {}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return true;
    }
}

package io.omninode.migrations.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes a {@code @Migration} class with the given annotation values and the given (by default
 * empty) {@code upgrade} and {@code downgrade} bodies: the Java form of a new Alembic revision file.
 *
 * <pre>{@code
 * JavaFile file = MigrationClassWriter.write(spec, CodeBlock.of(""), CodeBlock.of(""));
 * file.writeTo(Path.of("src/main/java"));
 * }</pre>
 */
public final class MigrationClassWriter {

    private static final ClassName MIGRATION = ClassName.get("io.omninode.migrations.annotations", "Migration");
    private static final ClassName SCRIPT = ClassName.get("io.omninode.migrations", "MigrationScript");
    private static final ClassName OPERATIONS = ClassName.get("io.omninode.migrations", "Operations");

    private MigrationClassWriter() {}

    /** A class whose upgrade and downgrade do nothing yet. */
    public static JavaFile write(MigrationClassSpec spec) {
        return write(spec, CodeBlock.of(""), CodeBlock.of(""));
    }

    /** A class with these upgrade and downgrade bodies (statements using the parameter {@code op}). */
    public static JavaFile write(MigrationClassSpec spec, CodeBlock upgrade, CodeBlock downgrade) {
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add("$L\n", spec.message().isBlank() ? spec.revision() : javadocText(spec.message()));
        if (!spec.header().isEmpty()) {
            javadoc.add("\n<pre>\n");
            spec.header().forEach(line -> javadoc.add("$L\n", javadocText(line)));
            javadoc.add("</pre>\n");
        }
        return write(spec, javadoc.build(), upgrade, downgrade);
    }

    /** A class with a Javadoc of the caller's own, such as a stub's review summary. */
    public static JavaFile write(MigrationClassSpec spec, CodeBlock javadoc, CodeBlock upgrade, CodeBlock downgrade) {
        TypeSpec type = TypeSpec.classBuilder(spec.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(SCRIPT)
                .addAnnotation(annotation(spec))
                .addMethod(body("upgrade", upgrade))
                .addMethod(body("downgrade", downgrade))
                .addJavadoc(javadoc)
                .build();
        return JavaFile.builder(spec.packageName(), type).skipJavaLangImports(true).indent("    ").build();
    }

    private static AnnotationSpec annotation(MigrationClassSpec spec) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(MIGRATION).addMember("revision", "$S", spec.revision());
        addStrings(annotation, "downRevision", spec.downRevisions());
        annotation.addMember("message", "$S", spec.message());
        addStrings(annotation, "branchLabels", spec.branchLabels());
        addStrings(annotation, "dependsOn", spec.dependsOn());
        return annotation.build();
    }

    private static void addStrings(AnnotationSpec.Builder annotation, String member, List<String> values) {
        if (values.size() == 1) {
            annotation.addMember(member, "$S", values.get(0));
        } else if (values.size() > 1) {
            CodeBlock.Builder array = CodeBlock.builder().add("{");
            for (int i = 0; i < values.size(); i++) {
                array.add(i == 0 ? "$S" : ", $S", values.get(i));
            }
            annotation.addMember(member, array.add("}").build());
        }
    }

    private static MethodSpec body(String name, CodeBlock code) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(OPERATIONS, "op")
                .addException(Exception.class)
                .addCode(code)
                .build();
    }

    /** Javadoc must not end its own comment, start an HTML entity or a block tag by accident. */
    static String javadocText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "{@literal @}");
    }
}

package io.omninode.migrations.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.processor.migration.MigrationModel;
import io.omninode.migrations.spi.MigrationTable;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * Generates the registry class: every migration as one string literal in topological order, and one
 * factory that creates a migration by its index ({@code switch}, {@code new}) when it is about to run —
 * no reflection, no classpath scanning and no lambda or method reference per migration, so loading the
 * registry loads no migration class, and javac has no functional interface to infer per migration.
 */
public final class RegistryWriter {

    public static final String REGISTRY_SIMPLE_NAME = "GeneratedMigrationRegistry";
    public static final String PROCESSOR_NAME = "io.omninode.migrations.processor.MigrationProcessor";

    /**
     * Rows per nested class: a class file holds 65,535 constants (about 6 per migration: its row, its class and
     * constructor), a method 64 KiB of bytecode (about 8 bytes a row and 12 a factory case).
     */
    static final int ROWS_PER_PART = 250;
    /** A string constant's limit in a class file, in bytes of modified UTF-8 (at most 3 a char). */
    private static final int MAX_CONSTANT_BYTES = 65_535;

    private static final String SPI = "io.omninode.migrations.spi";
    private static final ClassName REGISTRY_INTERFACE = ClassName.get(SPI, "MigrationRegistry");
    private static final ClassName FACTORY = ClassName.get(SPI, "MigrationFactory");
    private static final ClassName TABLE = ClassName.get(SPI, "MigrationTable");
    private static final ClassName DESCRIPTOR = ClassName.get(SPI, "MigrationDescriptor");
    private static final ClassName SCRIPT = ClassName.get("io.omninode.migrations", "MigrationScript");
    private static final ParameterizedTypeName DESCRIPTOR_LIST =
            ParameterizedTypeName.get(ClassName.get(List.class), DESCRIPTOR);

    private final boolean generatedAnnotationAvailable;

    /** @param generatedAnnotationAvailable whether {@code javax.annotation.processing.Generated} is on the platform */
    public RegistryWriter(boolean generatedAnnotationAvailable) {
        this.generatedAnnotationAvailable = generatedAnnotationAvailable;
    }

    /** @param migrations in topological order */
    public JavaFile write(String packageName, List<MigrationModel> migrations) {
        TypeSpec.Builder registry = TypeSpec.classBuilder(REGISTRY_SIMPLE_NAME)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(REGISTRY_INTERFACE)
                .addSuperinterface(FACTORY)
                .addJavadoc("The $L migrations of this compilation, in topological order (down revisions first).\n",
                        migrations.size())
                .addJavadoc("Found at run time through {@link java.util.ServiceLoader}; a migration's class is loaded\n")
                .addJavadoc("only when {@link #create(int)} is asked for it.\n");
        if (generatedAnnotationAvailable) {
            registry.addAnnotation(AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
                    .addMember("value", "$S", PROCESSOR_NAME)
                    .build());
        }
        migrations.forEach(m -> registry.addOriginatingElement(m.type()));
        MethodSpec.Builder describe = MethodSpec.methodBuilder("migrations")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(DESCRIPTOR_LIST)
                .addStatement("$T table = new $T(this, $L)", TABLE, TABLE, migrations.size());
        MethodSpec.Builder create = MethodSpec.methodBuilder("create")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(SCRIPT)
                .addParameter(int.class, "index");
        List<List<MigrationModel>> parts = parts(migrations);
        if (parts.size() <= 1) {
            describe.addCode(rows(migrations));
            create.addCode(factorySwitch(migrations, 0));
        } else {
            // one nested class per part: each holds its rows and their factory, within a class file's limits
            create.beginControlFlow("switch (index / $L)", ROWS_PER_PART);
            int first = 0;
            for (int p = 0; p < parts.size(); p++) {
                List<MigrationModel> part = parts.get(p);
                String name = "Part" + (p + 1);
                describe.addStatement("$N.describe(table)", name);
                create.addStatement("case $L: return $N.create(index)", p, name);
                registry.addType(part(name, part, first));
                first += part.size();
            }
            create.addStatement("default: throw $L", outOfBounds()).endControlFlow();
        }
        registry.addMethod(describe.addStatement("return table.descriptors()").build());
        registry.addMethod(create.build());
        return JavaFile.builder(packageName, registry.build())
                .addFileComment("Generated by the OmniNode Migrations annotation processor. Do not edit.")
                .skipJavaLangImports(true)
                .build();
    }

    /** Splits the rows into parts of {@link #ROWS_PER_PART}, so that {@code index / ROWS_PER_PART} names the part. */
    static List<List<MigrationModel>> parts(List<MigrationModel> migrations) {
        List<List<MigrationModel>> parts = new ArrayList<>();
        for (int start = 0; start < migrations.size(); start += ROWS_PER_PART) {
            parts.add(migrations.subList(start, Math.min(migrations.size(), start + ROWS_PER_PART)));
        }
        return parts;
    }

    private static TypeSpec part(String name, List<MigrationModel> rows, int first) {
        MethodSpec.Builder describe = MethodSpec.methodBuilder("describe")
                .addModifiers(Modifier.STATIC)
                .addParameter(TABLE, "table");
        describe.addCode(rows(rows));
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Migrations $L to $L.\n", first + 1, first + rows.size())
                .addMethod(describe.build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addModifiers(Modifier.STATIC)
                        .returns(SCRIPT)
                        .addParameter(int.class, "index")
                        .addCode(factorySwitch(rows, first))
                        .build())
                .build();
    }

    private static CodeBlock factorySwitch(List<MigrationModel> rows, int first) {
        CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (index)");
        for (int i = 0; i < rows.size(); i++) {
            code.addStatement("case $L: return new $T()", first + i, ClassName.get(rows.get(i).type()));
        }
        return code.addStatement("default: throw $L", outOfBounds()).endControlFlow().build();
    }

    /** Printable ASCII without a quote or a backslash, short enough for one constant: a literal as it is. */
    private static boolean plainAscii(String row) {
        if (row.length() > MAX_CONSTANT_BYTES) {
            return false;
        }
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c < ' ' || c > '~' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static CodeBlock outOfBounds() {
        return CodeBlock.of("new $T($S + index)", IndexOutOfBoundsException.class, "no migration at index ");
    }

    /**
     * One {@code addRows} call with a string literal per migration ({@link MigrationTable#row}): javac compiles
     * a literal far faster than a call per migration, each with its arrays and its overload to resolve. The
     * literals are one {@code $L}: JavaPoet emits a file twice (imports, then code), and one block per
     * migration cost more than building the rows.
     */
    private static CodeBlock rows(List<MigrationModel> migrations) {
        StringJoiner literals = new StringJoiner(",\n", "", "\n");
        for (MigrationModel migration : migrations) {
            literals.add(literal(row(migration)));
        }
        return CodeBlock.builder()
                .add("// revision|down revisions|depends on|branch labels|transactional|checksum|file checksum|class|"
                        + "message\n")
                .add("table.addRows(new String[] {\n").indent().indent()
                .add("$L", literals.toString())
                .unindent().unindent().add("});\n")
                .build();
    }

    private static String row(MigrationModel migration) {
        Revision revision = migration.revision();
        return MigrationTable.row(revision.id(), revision.downRevisions(), revision.dependsOn(),
                revision.branchLabels(), migration.transactional(), migration.checksums().code(),
                migration.checksums().wholeFile(), migration.qualifiedName(), revision.message());
    }

    /**
     * The row as Java source: one literal, or, when it is too long for one class-file constant (65,535 bytes of
     * modified UTF-8: a very long message), {@code String.join} of literals that each fit, which javac does not
     * fold into one constant.
     */
    private static String literal(String row) {
        if (plainAscii(row)) {
            return '"' + row + '"'; // nothing to escape: the row as it is, not a character at a time
        }
        if (row.length() <= MAX_CONSTANT_BYTES / 3) {
            return CodeBlock.of("$S", row).toString();
        }
        CodeBlock.Builder chunks = CodeBlock.builder().add("$T.join($S", String.class, "");
        for (int start = 0; start < row.length(); ) {
            int end = Math.min(row.length(), start + MAX_CONSTANT_BYTES / 3);
            if (end < row.length() && Character.isHighSurrogate(row.charAt(end - 1))) {
                end--; // a surrogate pair stays in one literal
            }
            chunks.add(", $S", row.substring(start, end));
            start = end;
        }
        return chunks.add(")").build().toString();
    }
}

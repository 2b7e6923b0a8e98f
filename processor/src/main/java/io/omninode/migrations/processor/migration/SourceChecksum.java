package io.omninode.migrations.processor.migration;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * SHA-256 of a migration's source file with line endings normalized, so a checkout on Windows
 * and one on Linux agree, and an applied migration edited later is detected at run time.
 */
public final class SourceChecksum {

    private final Trees trees;

    private SourceChecksum(Trees trees) {
        this.trees = trees;
    }

    /** Uses javac's tree API; other compilers fall back to hashing the declaration. */
    public static SourceChecksum create(ProcessingEnvironment environment) {
        Trees trees;
        try {
            trees = Trees.instance(environment);
        } catch (IllegalArgumentException notJavac) {
            trees = null;
        }
        return new SourceChecksum(trees);
    }

    public String of(TypeElement type) {
        return sha256(normalize(sourceText(type)));
    }

    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private String sourceText(TypeElement type) {
        TreePath path = trees == null ? null : trees.getPath(type);
        if (path == null) {
            return type.getQualifiedName() + "\n" + type.getAnnotationMirrors();
        }
        CompilationUnitTree unit = path.getCompilationUnit();
        try {
            return unit.getSourceFile().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the source of " + type.getQualifiedName(), e);
        }
    }
}

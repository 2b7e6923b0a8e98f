package io.omninode.migrations.processor.migration;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.omninode.migrations.spi.MigrationDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * The checksums of a migration's source file, so an applied migration edited later is detected at
 * run time: the checksum of its code (the tokens, so comments and formatting do not count), and the
 * whole-file checksum earlier versions recorded, which the runtime compares with their recordings.
 */
public final class SourceChecksum {

    /**
     * A migration's two checksums.
     *
     * @param code {@value MigrationDescriptor#CHECKSUM_PREFIX} and the SHA-256 (base64url) of the tokens
     * @param wholeFile the SHA-256 (hex) of the file with line endings normalized, as earlier versions hashed
     */
    public record Checksums(String code, String wholeFile) {}

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

    public Checksums of(TypeElement type) {
        String text = sourceText(type);
        return new Checksums(ofCode(text), ofWholeFile(text));
    }

    static String ofCode(String text) {
        // One token per line: no token holds a line break outside a literal, so different token lists never
        // join into the same text. Digested token by token, without building the joined text.
        MessageDigest digest = sha256();
        List<String> tokens = JavaTokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                digest.update((byte) '\n');
            }
            digest.update(tokens.get(i).getBytes(StandardCharsets.UTF_8));
        }
        return MigrationDescriptor.CHECKSUM_PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
    }

    static String ofWholeFile(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        return HexFormat.of().formatHex(sha256().digest(normalized.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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

package io.omninode.migrations.cli.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import io.omninode.migrations.graph.Revision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The revision one {@code @Migration} annotation declares, as javac would read it: string literals,
 * text blocks, {@code +} of those, and {@code static final String} constants of the same file
 * (a constant of another file would need the classpath; such a value is an error that says so).
 */
final class MigrationAnnotation {

    /** A constant that names itself, directly or not, is not a constant javac accepts either. */
    private static final int MAX_DEPTH = 16;

    private final CompilationUnit unit;
    private final Path file;
    private final AnnotationExpr annotation;

    MigrationAnnotation(CompilationUnit unit, Path file, AnnotationExpr annotation) {
        this.unit = unit;
        this.file = file;
        this.annotation = annotation;
    }

    Revision revision() {
        Map<String, Expression> members = new HashMap<>();
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                members.put(pair.getNameAsString(), pair.getValue());
            }
        }
        Expression id = members.get("revision");
        if (id == null) {
            throw new MigrationSourceException(at(annotation) + ": @Migration has no revision; give it one, e.g."
                    + " @Migration(revision = \"ae1027a6acf0\", ...)");
        }
        return new Revision(string(id, 0), strings(members.get("downRevision")), strings(members.get("dependsOn")),
                strings(members.get("branchLabels")), members.containsKey("message")
                        ? string(members.get("message"), 0) : "");
    }

    private List<String> strings(Expression value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof ArrayInitializerExpr array) {
            List<String> items = new ArrayList<>();
            array.getValues().forEach(item -> items.add(string(item, 0)));
            return items;
        }
        return List.of(string(value, 0));
    }

    private String string(Expression value, int depth) {
        if (depth > MAX_DEPTH) {
            throw notConstant(value, "refers to itself");
        }
        if (value instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (value instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        if (value instanceof EnclosedExpr enclosed) {
            return string(enclosed.getInner(), depth + 1);
        }
        if (value instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return string(binary.getLeft(), depth + 1) + string(binary.getRight(), depth + 1);
        }
        if (value instanceof NameExpr name) {
            return string(constant(Optional.empty(), name.getNameAsString(), value), depth + 1);
        }
        if (value instanceof FieldAccessExpr access) {
            return string(constant(Optional.of(access.getScope().toString()), access.getNameAsString(), value),
                    depth + 1);
        }
        if (value instanceof LiteralStringValueExpr) {
            throw notConstant(value, "is not a string");
        }
        throw notConstant(value, "is not a string literal");
    }

    /** The initializer of a {@code static final} field of this file, by name (and declaring type, if given). */
    private Expression constant(Optional<String> owner, String name, Expression use) {
        for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
            Optional<TypeDeclaration<?>> declaring = field.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
            boolean ownerMatches = owner.isEmpty() || declaring.filter(t -> owner.get().equals(t.getNameAsString())
                    || owner.get().equals(t.getFullyQualifiedName().orElse(""))).isPresent();
            boolean constant = field.hasModifier(Modifier.Keyword.STATIC) && field.hasModifier(Modifier.Keyword.FINAL)
                    || declaring.filter(t -> t.isClassOrInterfaceDeclaration()
                            && t.asClassOrInterfaceDeclaration().isInterface()).isPresent();
            if (!ownerMatches || !constant) {
                continue;
            }
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name) && variable.getInitializer().isPresent()) {
                    return variable.getInitializer().get();
                }
            }
        }
        throw notConstant(use, "is not a static final String constant of this file");
    }

    private MigrationSourceException notConstant(Expression value, String why) {
        return new MigrationSourceException(at(value) + ": the @Migration value " + value + " " + why
                + "; the revision history is read from the sources before they are compiled, so write the value"
                + " as a string literal, or as a static final String constant declared in the same file");
    }

    private String at(Node node) {
        return file + ":" + node.getBegin().map(position -> position.line).orElse(0);
    }
}

package io.omninode.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.omninode.migrations.processor.Sources.migration;
import static io.omninode.migrations.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every diagnostic of the processor: message, file, line, and that nothing is generated on error. */
class MigrationDiagnosticsTest {

    private static final JavaFileObject BASE = migration("V1CreateNode", """
            revision = "1975ea83b712",
            message = "create node table\"""");

    /** Two branches off BASE: together with it, a history with two heads. */
    private static final JavaFileObject LEFT = migration("Left", """
            revision = "left1",
            downRevision = "1975ea83b712",
            message = "left\"""");
    private static final JavaFileObject RIGHT = migration("Right", """
            revision = "right1",
            downRevision = "1975ea83b712",
            message = "right\"""");

    private static Compilation compile(JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new MigrationProcessor()).compile(sources);
    }

    private static Compilation compileWith(String option, JavaFileObject... sources) {
        return Compiler.javac().withProcessors(new MigrationProcessor()).withOptions(option).compile(sources);
    }

    @Test
    void classNotImplementingMigrationScriptIsAnError() {
        JavaFileObject plain = source("com.example.db.NotAScript", """
                package com.example.db;

                import io.omninode.migrations.annotations.Migration;

                @Migration(revision = "aaa", message = "m")
                public class NotAScript {
                }
                """);

        Compilation compilation = compile(plain);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/NotAMigrationScript] @Migration class"
                        + " com.example.db.NotAScript does not implement io.omninode.migrations.MigrationScript")
                .inFile(plain).onLineContaining("@Migration(revision = \"aaa\"");
    }

    @Test
    void abstractClassInterfaceAndEnumAreErrors() {
        JavaFileObject abstractClass = source("com.example.db.Abstract", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "a1", message = "m")
                public abstract class Abstract implements io.omninode.migrations.MigrationScript {
                }
                """);
        JavaFileObject anInterface = source("com.example.db.Iface", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "a2", message = "m")
                public interface Iface extends io.omninode.migrations.MigrationScript {
                }
                """);
        JavaFileObject anEnum = source("com.example.db.AnEnum", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "a3", message = "m")
                public enum AnEnum implements io.omninode.migrations.MigrationScript {
                    ONLY;
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);

        Compilation compilation = compile(abstractClass, anInterface, anEnum);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining("[OmniNode/NotAConcreteClass] @Migration abstract class"
                + " com.example.db.Abstract cannot be instantiated").inFile(abstractClass).onLineContaining("@io.omninode");
        assertThat(compilation).hadErrorContaining("@Migration interface com.example.db.Iface cannot be instantiated")
                .inFile(anInterface).onLineContaining("@io.omninode");
        assertThat(compilation).hadErrorContaining("@Migration enum com.example.db.AnEnum cannot be instantiated")
                .inFile(anEnum).onLineContaining("@io.omninode");
    }

    @Test
    void nonPublicClassAndNonPublicEnclosingClassAreErrors() {
        JavaFileObject hidden = source("com.example.db.Hidden", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "b1", message = "m")
                final class Hidden implements io.omninode.migrations.MigrationScript {
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);
        JavaFileObject outer = source("com.example.db.Outer", """
                package com.example.db;

                class Outer {
                    @io.omninode.migrations.annotations.Migration(revision = "b2", downRevision = "b1", message = "m")
                    public static final class Nested implements io.omninode.migrations.MigrationScript {
                        public void upgrade(io.omninode.migrations.Operations op) {}
                        public void downgrade(io.omninode.migrations.Operations op) {}
                    }
                }
                """);

        Compilation compilation = compile(hidden, outer);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[OmniNode/NotPublic] @Migration class com.example.db.Hidden must"
                + " be public so the generated registry can create it; make it public")
                .inFile(hidden).onLineContaining("revision = \"b1\"");
        assertThat(compilation).hadErrorContaining("@Migration class com.example.db.Outer.Nested must be public"
                + " (its enclosing class com.example.db.Outer is not)")
                .inFile(outer).onLineContaining("revision = \"b2\"");
    }

    @Test
    void missingPublicNoArgConstructorIsAnError() {
        JavaFileObject withArgs = source("com.example.db.WithArgs", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "c1", message = "m")
                public final class WithArgs implements io.omninode.migrations.MigrationScript {
                    public WithArgs(String name) {}
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);

        Compilation compilation = compile(withArgs);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/NoPublicConstructor] @Migration class"
                + " com.example.db.WithArgs needs a public no-argument constructor so the generated registry can create"
                + " it without reflection; add \"public WithArgs() {}\"")
                .inFile(withArgs).onLineContaining("@io.omninode");
    }

    @Test
    void constructorDeclaringCheckedExceptionsIsAnErrorOnTheConstructor() {
        JavaFileObject throwing = source("com.example.db.Throwing", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "c2", message = "m")
                public final class Throwing implements io.omninode.migrations.MigrationScript {
                    public Throwing() throws java.io.IOException {}
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);

        Compilation compilation = compile(throwing);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/ConstructorThrows] the no-argument constructor of"
                + " @Migration class com.example.db.Throwing declares checked exceptions (java.io.IOException)")
                .inFile(throwing).onLineContaining("public Throwing() throws");
    }

    @Test
    void innerClassIsAnError() {
        JavaFileObject holder = source("com.example.db.Holder", """
                package com.example.db;

                public class Holder {
                    @io.omninode.migrations.annotations.Migration(revision = "d1", message = "m")
                    public class Inner implements io.omninode.migrations.MigrationScript {
                        public void upgrade(io.omninode.migrations.Operations op) {}
                        public void downgrade(io.omninode.migrations.Operations op) {}
                    }
                }
                """);

        Compilation compilation = compile(holder);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/InnerClass] @Migration class com.example.db.Holder.Inner"
                + " is an inner class and needs an enclosing instance; declare it static or move it to its own file")
                .inFile(holder).onLineContaining("revision = \"d1\"");
    }

    @Test
    void genericMigrationIsAnError() {
        JavaFileObject generic = source("com.example.db.Generic", """
                package com.example.db;

                @io.omninode.migrations.annotations.Migration(revision = "d2", message = "m")
                public class Generic<T> implements io.omninode.migrations.MigrationScript {
                    public void upgrade(io.omninode.migrations.Operations op) {}
                    public void downgrade(io.omninode.migrations.Operations op) {}
                }
                """);

        Compilation compilation = compile(generic);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/GenericMigration] @Migration class com.example.db.Generic"
                + " declares type parameters").inFile(generic).onLineContaining("revision = \"d2\"");
    }

    @Test
    void blankRevisionIsAnErrorOnTheRevisionValue() {
        JavaFileObject blank = migration("Blank", """
                revision = " ",
                message = "m\"""");

        Compilation compilation = compile(blank);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidRevisionId] revision is blank")
                .inFile(blank).onLineContaining("revision = \" \"");
    }

    @Test
    void revisionLongerThan32CharactersIsAnError() {
        JavaFileObject tooLong = migration("TooLong", """
                revision = "0123456789abcdef0123456789abcdef0",
                message = "m\"""");

        Compilation compilation = compile(tooLong);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("revision \"0123456789abcdef0123456789abcdef0\" has 33 characters but"
                + " alembic_version.version_num holds at most 32; use a shorter id")
                .inFile(tooLong).onLineContaining("revision = \"0123");
    }

    @Test
    void revisionWithTargetCharactersIsAnError() {
        JavaFileObject odd = migration("Odd", """
                revision = "ab@cd",
                message = "m\"""");

        Compilation compilation = compile(odd);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidRevisionId] revision \"ab@cd\" may contain only"
                + " letters, digits and '_'").inFile(odd).onLineContaining("revision = \"ab@cd\"");
    }

    @Test
    void sameRevisionOnTwoClassesIsReportedOnBoth() {
        JavaFileObject first = migration("First", """
                revision = "e1",
                message = "first\"""");
        JavaFileObject second = migration("Second", """
                revision = "e1",
                message = "second\"""");

        Compilation compilation = compile(first, second);

        assertThat(compilation).hadErrorCount(2);
        String message = "[OmniNode/DuplicateRevision] revision \"e1\" is declared 2 times";
        assertThat(compilation).hadErrorContaining(message).inFile(first).onLineContaining("revision = \"e1\"");
        assertThat(compilation).hadErrorContaining(message).inFile(second).onLineContaining("revision = \"e1\"");
    }

    @Test
    void unknownDownRevisionSuggestsTheCloseId() {
        JavaFileObject next = migration("V2AddAccount", """
                revision = "ae1027a6acf",
                downRevision = "1975ea83b721",
                message = "add account table\"""");

        Compilation compilation = compile(BASE, next);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/UnknownDownRevision] downRevision \"1975ea83b721\" is not"
                + " a known revision; did you mean \"1975ea83b712\"?")
                .inFile(next).onLineContaining("downRevision = \"1975ea83b721\"");
    }

    @Test
    void unknownItemOfAnArrayIsUnderlinedExactly() {
        JavaFileObject merge = migration("Merge", """
                revision = "m1",
                downRevision = {"1975ea83b712", "nope"},
                message = "merge\"""");

        Compilation compilation = compile(BASE, merge);

        assertThat(compilation).hadErrorCount(1);
        // Line 9 is `        downRevision = {"1975ea83b712", "nope"},`; "nope" starts at column 41.
        assertThat(compilation).hadErrorContaining("downRevision \"nope\" is not a known revision")
                .inFile(merge).onLine(9).atColumn(41);
    }

    @Test
    void unknownDependsOnIsAnError() {
        JavaFileObject dependent = migration("Dependent", """
                revision = "f1",
                downRevision = "1975ea83b712",
                dependsOn = "missing1",
                message = "m\"""");

        Compilation compilation = compile(BASE, dependent);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/UnknownDependsOn] dependsOn \"missing1\" is neither a known"
                + " revision nor a branch label").inFile(dependent).onLineContaining("dependsOn = \"missing1\"");
    }

    @Test
    void revisionNamingItselfIsAnError() {
        JavaFileObject self = migration("Self", """
                revision = "g1",
                downRevision = "g1",
                message = "m\"""");

        Compilation compilation = compile(self);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/SelfReference] revision \"g1\" names itself as its"
                + " downRevision").inFile(self).onLineContaining("downRevision = \"g1\"");
    }

    @Test
    void cycleIsOneErrorThatPrintsItsPath() {
        JavaFileObject a = migration("CycleA", """
                revision = "ca",
                downRevision = "cb",
                message = "a\"""");
        JavaFileObject b = migration("CycleB", """
                revision = "cb",
                downRevision = "ca",
                message = "b\"""");

        Compilation compilation = compile(a, b);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/RevisionCycle] revision cycle: cb -> ca -> cb (each arrow"
                + " points to a downRevision or dependsOn); break it by removing one of these links")
                .inFile(b).onLineContaining("downRevision = \"ca\"");
    }

    @Test
    void sameIdTwiceInDownRevisionIsAnError() {
        JavaFileObject twice = migration("Twice", """
                revision = "h1",
                downRevision = {"1975ea83b712", "1975ea83b712"},
                message = "m\"""");

        Compilation compilation = compile(BASE, twice);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/RepeatedDownRevision] downRevision lists"
                + " \"1975ea83b712\" more than once; list each parent once").inFile(twice)
                .onLineContaining("downRevision = {");
    }

    @Test
    void branchLabelUsedTwiceIsReportedOnBothRevisions() {
        JavaFileObject one = migration("LabelOne", """
                revision = "l1",
                branchLabels = "networking",
                message = "m\"""");
        JavaFileObject two = migration("LabelTwo", """
                revision = "l2",
                downRevision = "l1",
                branchLabels = "networking",
                message = "m\"""");

        Compilation compilation = compile(one, two);

        assertThat(compilation).hadErrorCount(2);
        String message = "[OmniNode/DuplicateBranchLabel] branch label \"networking\" is used by revisions \"l1\", \"l2\"";
        assertThat(compilation).hadErrorContaining(message).inFile(one).onLineContaining("branchLabels");
        assertThat(compilation).hadErrorContaining(message).inFile(two).onLineContaining("branchLabels");
    }

    @Test
    void branchLabelEqualToARevisionOrContainingAtIsAnError() {
        JavaFileObject labels = migration("Labels", """
                revision = "l3",
                downRevision = "1975ea83b712",
                branchLabels = {"1975ea83b712", "net@work"},
                message = "m\"""");

        Compilation compilation = compile(BASE, labels);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[OmniNode/BranchLabelIsRevision] branch label \"1975ea83b712\" is"
                + " also a revision id").inFile(labels).onLine(10).atColumn(25);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidBranchLabel] branch label \"net@work\" must be"
                + " non-blank and must not contain '@'").inFile(labels).onLine(10).atColumn(41);
    }

    @Test
    void multipleHeadsAreAWarningThatNamesTheMergeCommand() {
        Compilation compilation = compile(BASE, LEFT, RIGHT);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        String message = "[OmniNode/MultipleHeads] the revisions have 2 heads: left1, right1; merge them with:"
                + " omninode-migrate merge -m \"merge\" left1 right1";
        assertThat(compilation).hadWarningContaining(message).inFile(LEFT).onLineContaining("revision = \"left1\"");
        assertThat(compilation).hadWarningContaining(message).inFile(RIGHT).onLineContaining("revision = \"right1\"");
    }

    @Test
    void multipleHeadsAreAnErrorWhenASingleHeadIsRequired() {
        Compilation compilation = compileWith("-Aomninode.migrations.requireSingleHead=true", BASE, LEFT, RIGHT);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[OmniNode/MultipleHeads] the revisions have 2 heads")
                .inFile(RIGHT).onLineContaining("revision = \"right1\"");
    }

    @Test
    void blankMessageIsAWarningOnTheMessage() {
        JavaFileObject quiet = migration("Quiet", """
                revision = "q1",
                message = "  \"""");

        Compilation compilation = compile(quiet);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining("[OmniNode/BlankMessage] revision \"q1\" has no message; describe"
                + " the change, it is what history shows").inFile(quiet).onLineContaining("message = \"  \"");
    }

    @Test
    void malformedOptionIsAnError() {
        Compilation compilation = compileWith("-Aomninode.migrations.registryPackage=com..bad", BASE);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[OmniNode/InvalidOption] -Aomninode.migrations.registryPackage="
                + "com..bad is not a valid package name");
    }

    @Test
    void everyProblemOfACompilationIsReportedAtOnce() {
        JavaFileObject broken = migration("Broken", """
                revision = "x1",
                downRevision = {"nope1", "nope2"},
                dependsOn = "nope3",
                message = "m\"""");

        Compilation compilation = compile(broken);

        assertThat(compilation).hadErrorCount(3);
    }
}

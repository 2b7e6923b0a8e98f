package io.omninode.migrations.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Small migration sources for compile-testing, written the way users write them. */
final class Sources {

    private Sources() {}

    /** A valid migration class in {@code com.example.db} with the given {@code @Migration} attributes. */
    static JavaFileObject migration(String className, String attributes) {
        return JavaFileObjects.forSourceString("com.example.db." + className, """
                package com.example.db;

                import io.omninode.migrations.MigrationScript;
                import io.omninode.migrations.Operations;
                import io.omninode.migrations.annotations.Migration;

                @Migration(
                        %s)
                public final class %s implements MigrationScript {
                    @Override
                    public void upgrade(Operations op) {
                        op.execute("select 1");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.execute("select 2");
                    }
                }
                """.formatted(attributes.replace("\n", "\n        "), className));
    }

    static JavaFileObject source(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }
}

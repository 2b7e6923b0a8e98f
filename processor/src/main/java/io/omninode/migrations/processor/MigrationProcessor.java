package io.omninode.migrations.processor;

import io.omninode.migrations.processor.options.ProcessorOptions;
import io.omninode.migrations.processor.diagnostic.Diagnostics;
import io.omninode.migrations.processor.diagnostic.ProcessorMessages;
import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.omninode.migrations.graph.GraphCheck;
import io.omninode.migrations.graph.Revision;
import io.omninode.migrations.graph.RevisionGraph;
import io.omninode.migrations.processor.snapshot.OfflineAutogenerate;
import io.omninode.migrations.processor.codegen.PackageNames;
import io.omninode.migrations.processor.codegen.RegistryWriter;
import io.omninode.migrations.processor.entity.EntitySchema;
import io.omninode.migrations.processor.entity.EntityStage;
import io.omninode.migrations.processor.migration.GraphProblemReporter;
import io.omninode.migrations.processor.migration.MigrationModel;
import io.omninode.migrations.processor.migration.MigrationReader;
import io.omninode.migrations.processor.migration.AllowHazardsValidator;
import io.omninode.migrations.processor.migration.MigrationTypeValidator;
import io.omninode.migrations.processor.migration.SourceChecksum;
import io.omninode.migrations.processor.snapshot.EntityCheck;
import io.omninode.migrations.schema.Schema;
import io.omninode.migrations.schema.snapshot.SchemaSnapshot;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Checks every {@code @Migration} class and the revision graph they form, then generates the
 * registry the runtime loads; reads the {@code @Table} entities into a schema, compares it with
 * the head revision's snapshot and writes the entity snapshot. Stages never mix: validate each
 * type, build the model, check the graph (and the entities), generate — and nothing is generated
 * when any stage reported an error.
 *
 * <p>The registry source is generated in the round that collects the migrations (a source
 * generated in the final round would not be compiled, and javac warns about it); only the
 * {@code META-INF/services} entry waits for the final round. The entity snapshot is a resource,
 * written in the round that built it; revision snapshots and stubs live outside the Filer's
 * folders and are written with {@code java.nio}, only when their content changes.
 */
@AutoService(Processor.class)
public final class MigrationProcessor extends AbstractProcessor {

    static final String SERVICE_FILE = "META-INF/services/io.omninode.migrations.spi.MigrationRegistry";

    static final String ENTITY_SNAPSHOT = OfflineAutogenerate.ENTITY_SNAPSHOT_RESOURCE;

    private int round;
    private ProcessorOptions options;
    private boolean optionsReported;
    /** The checked revision graph of this compilation, once built. */
    private RevisionGraph graph;
    private final Map<String, MigrationModel> migrationsByRevision = new HashMap<>();
    private String migrationPackage = "";
    private boolean entitiesProcessed;
    /** Set once the registry was generated: later migrations cannot join it. */
    private String registryName;
    private int registryRound;
    private final List<Element> registryOrigins = new ArrayList<>();
    private final StageTimes stageTimes = new StageTimes();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // @Generated is on the registry this processor writes; left unclaimed, -Xlint:processing warns about it.
        Set<String> names = new TreeSet<>(EntityStage.ANNOTATIONS);
        names.add(EntityStage.JPA_ENTITY_ANNOTATION);
        names.add(MigrationReader.MIGRATION_ANNOTATION);
        names.add(AllowHazardsValidator.ALLOW_HAZARDS_ANNOTATION);
        names.add("javax.annotation.processing.Generated");
        return names;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.NAMES;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnvironment) {
        round++;
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        List<TypeElement> found = typesAnnotatedWith(MigrationReader.MIGRATION_ANNOTATION, roundEnvironment);
        List<TypeElement> ownEntities = typesAnnotatedWith(EntityStage.TABLE_ANNOTATION, roundEnvironment);
        List<TypeElement> jpaEntities = typesAnnotatedWith(EntityStage.JPA_ENTITY_ANNOTATION, roundEnvironment);
        // both annotations on one class: listed once (a set, so thousands of entities stay linear)
        Set<TypeElement> ownEntitySet = new HashSet<>(ownEntities);
        List<TypeElement> entities = new ArrayList<>(ownEntities);
        jpaEntities.stream().filter(type -> !ownEntitySet.contains(type)).forEach(entities::add);
        if ((!found.isEmpty() || !entities.isEmpty()) && options(diagnostics) == null) {
            return true;
        }
        // entities are validated first, so that an entity error also stops the registry: nothing is generated
        Optional<EntitySchema> entitySchema = Optional.empty();
        if (!entities.isEmpty()) {
            if (entitiesProcessed) {
                entities.forEach(type -> diagnostics.report(ProcessorMessages.invalidEntity(
                        type.getQualifiedName().toString(), "appeared in annotation-processing round " + round
                                + ", after the entity schema was built; entities must be written by hand,"
                                + " not generated by another annotation processor").on(type)));
            } else {
                entitiesProcessed = true;
                entitySchema = stageTimes.time("entities read", () -> new EntityStage(diagnostics, options.strict(),
                        options.namingStrategy()).read(ownEntities, jpaEntities));
            }
        }
        if (!found.isEmpty()) {
            if (registryName != null) {
                found.forEach(type -> diagnostics.report(ProcessorMessages.lateMigration(
                        type.getQualifiedName().toString(), round, registryRound, registryName).on(type)));
            } else {
                processMigrations(found, diagnostics);
            }
        }
        if (entitySchema.isPresent() && diagnostics.errorCount() == 0) {
            compareAndWriteEntities(entitySchema.get(), entities, diagnostics);
        }
        // errorRaised: an error of an earlier round (a strict entity check after the registry was generated)
        // means no registry
        if (roundEnvironment.processingOver() && registryName != null && !roundEnvironment.errorRaised()
                && diagnostics.errorCount() == 0) {
            writeServiceEntry(diagnostics);
        }
        if (roundEnvironment.processingOver() && Boolean.parseBoolean(processingEnv.getOptions().get(StageTimes.OPTION))) {
            stageTimes.report(processingEnv.getMessager());
        }
        // claimed: unclaimed annotations make -Xlint:processing warn, which breaks -Werror builds; but never
        // Jakarta Persistence ones, which other processors (Hibernate's metamodel generator) must still see
        return annotations.stream().noneMatch(a -> a.getQualifiedName().toString().startsWith("jakarta.persistence."));
    }

    /** The options, or null when they are malformed (reported once). */
    private ProcessorOptions options(Diagnostics diagnostics) {
        if (options == null && !optionsReported) {
            try {
                options = ProcessorOptions.parse(processingEnv.getOptions());
            } catch (IllegalArgumentException e) {
                optionsReported = true;
                diagnostics.report(ProcessorMessages.invalidOption(e.getMessage()));
            }
        }
        return options;
    }

    private List<TypeElement> typesAnnotatedWith(String annotation, RoundEnvironment roundEnvironment) {
        TypeElement element = processingEnv.getElementUtils().getTypeElement(annotation);
        return element == null ? List.of()
                : new ArrayList<>(ElementFilter.typesIn(roundEnvironment.getElementsAnnotatedWith(element)));
    }

    /**
     * Compares the entities with the head's snapshot (when a schema folder is set), then writes their
     * snapshot even when the comparison failed in strict mode: {@code revision --autogenerate --offline}
     * reads it to turn those very entity changes into a migration, so strict mode needs no turning off.
     */
    private void compareAndWriteEntities(EntitySchema entities, List<TypeElement> types, Diagnostics diagnostics) {
        Schema schema = entities.schema();
        Optional<Path> classOutput = classOutputFolder();
        List<MigrationModel> heads = graph == null ? List.of()
                : graph.heads().stream().map(migrationsByRevision::get).toList();
        options.schemaDir().ifPresent(schemaDir -> stageTimes.time("snapshot compared", () ->
                new EntityCheck(diagnostics, options.strict(), options.safeDdl()).check(entities, schemaDir, heads,
                        options.stubDir().or(() -> classOutput.map(EntityCheck::defaultStubDir)),
                        options.registryPackage().orElse(migrationPackage))));
        stageTimes.time("entity snapshot written", () -> writeEntitySnapshot(schema, types, diagnostics));
    }

    /** The class output as a folder, when it is one (build tools), to place stubs next to it. */
    private Optional<Path> classOutputFolder() {
        try {
            FileObject probe = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", ENTITY_SNAPSHOT);
            URI uri = probe.toUri();
            if (!"file".equals(uri.getScheme())) {
                return Optional.empty();
            }
            Path file = Path.of(uri);
            return Optional.ofNullable(file.getParent()).map(Path::getParent).map(Path::getParent);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private void writeEntitySnapshot(Schema schema, List<TypeElement> origins, Diagnostics diagnostics) {
        // written in the round that built it: a resource needs no compiling, and this round knows its origins
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                    ENTITY_SNAPSHOT, origins.toArray(new Element[0]));
            try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                writer.write(SchemaSnapshot.toJson(schema));
            }
        } catch (IOException e) {
            diagnostics.report(ProcessorMessages.outputNotWritten(ENTITY_SNAPSHOT, e));
        }
    }

    private void processMigrations(List<TypeElement> types, Diagnostics diagnostics) {
        List<MigrationModel> migrations = stageTimes.time("migrations read", () -> readValidTypes(types, diagnostics));
        if (migrations.size() < types.size()) {
            return; // the graph of an incomplete set would report misleading unknown revisions
        }
        GraphCheck check = stageTimes.time("graph checked", () -> RevisionGraph.check(
                migrations.stream().map(MigrationModel::revision).toList(), options.requireSingleHead()));
        new GraphProblemReporter(diagnostics).report(check.problems(), migrations);
        if (diagnostics.errorCount() > 0 || check.graph().isEmpty()) {
            return;
        }
        graph = check.graph().get();
        migrations.forEach(m -> migrationsByRevision.put(m.revision().id(), m));
        migrationPackage = commonPackage(migrations);
        stageTimes.time("registry written", () -> generateRegistry(check.graph().get(), migrations, options, diagnostics));
    }

    private List<MigrationModel> readValidTypes(List<TypeElement> types, Diagnostics diagnostics) {
        var elements = processingEnv.getElementUtils();
        MigrationTypeValidator validator = new MigrationTypeValidator(elements, processingEnv.getTypeUtils());
        MigrationReader reader = new MigrationReader(elements, SourceChecksum.create(processingEnv));
        List<MigrationModel> migrations = new ArrayList<>();
        for (TypeElement type : types) {
            try {
                AnnotationMirror annotation = MigrationReader.migrationAnnotation(type).orElseThrow();
                AllowHazardsValidator.validate(type, diagnostics);
                if (validator.validate(type, annotation, diagnostics)) {
                    migrations.add(reader.read(type, annotation));
                }
            } catch (RuntimeException e) {
                diagnostics.report(ProcessorMessages.unexpectedFailure(type.getQualifiedName().toString(), e).on(type));
            }
        }
        return migrations;
    }

    private void generateRegistry(RevisionGraph graph, List<MigrationModel> migrations, ProcessorOptions options,
            Diagnostics diagnostics) {
        List<MigrationModel> ordered = new ArrayList<>(migrations.size());
        for (Revision revision : graph.revisions()) {
            ordered.add(migrationsByRevision.get(revision.id()));
        }
        String packageName = options.registryPackage().orElse(migrationPackage);
        boolean generatedAvailable =
                processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null;
        JavaFile file = new RegistryWriter(generatedAvailable).write(packageName, ordered);
        try {
            file.writeTo(processingEnv.getFiler());
        } catch (IOException e) {
            diagnostics.report(ProcessorMessages.outputNotWritten(
                    (packageName.isEmpty() ? "" : packageName + ".") + RegistryWriter.REGISTRY_SIMPLE_NAME, e));
            return;
        }
        registryName = packageName.isEmpty()
                ? RegistryWriter.REGISTRY_SIMPLE_NAME
                : packageName + "." + RegistryWriter.REGISTRY_SIMPLE_NAME;
        registryRound = round;
        migrations.forEach(m -> registryOrigins.add(m.type()));
    }

    private String commonPackage(List<MigrationModel> migrations) {
        Set<String> packages = new TreeSet<>();
        for (MigrationModel migration : migrations) {
            PackageElement packageElement = processingEnv.getElementUtils().getPackageOf(migration.type());
            packages.add(packageElement.getQualifiedName().toString());
        }
        return PackageNames.longestCommon(packages);
    }

    private void writeServiceEntry(Diagnostics diagnostics) {
        try {
            FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE,
                    registryOrigins.toArray(new Element[0]));
            try (Writer writer = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                writer.write(registryName + "\n");
            }
        } catch (IOException e) {
            diagnostics.report(ProcessorMessages.outputNotWritten(SERVICE_FILE, e));
        }
    }
}

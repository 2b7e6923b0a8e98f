package io.omninode.migrations.processor.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Where an entity stands in its inheritance hierarchy, as JPA decides it: the root entity's
 * {@code @Inheritance} chooses the strategy for all, and an entity extending an entity without one is
 * {@code SINGLE_TABLE}. Mapped superclasses in between only contribute attributes.
 *
 * @param type the entity
 * @param strategy the hierarchy's strategy
 * @param chain the entities from the root down to {@code type}
 * @param subclasses the entities below {@code type}, each after its own superclass
 */
record JpaHierarchy(TypeElement type, Strategy strategy, List<TypeElement> chain, List<TypeElement> subclasses) {

    /** The three strategies of {@code jakarta.persistence.InheritanceType}. */
    enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

    JpaHierarchy {
        chain = List.copyOf(chain);
        subclasses = List.copyOf(subclasses);
    }

    static JpaHierarchy of(TypeElement type, Collection<TypeElement> entities) {
        List<TypeElement> chain = entityChain(type);
        List<TypeElement> subclasses = new ArrayList<>();
        for (TypeElement candidate : entities) {
            List<TypeElement> candidateChain = entityChain(candidate);
            if (candidate != type && candidateChain.contains(type)) {
                subclasses.add(candidate);
            }
        }
        // a superclass before its subclasses, as Hibernate reads them
        subclasses.sort(java.util.Comparator.comparingInt((TypeElement t) -> entityChain(t).size())
                .thenComparing(t -> t.getQualifiedName().toString()));
        return new JpaHierarchy(type, Strategy.valueOf(JpaAnnotations.constant(
                JpaAnnotations.find(chain.get(0), "Inheritance"), "strategy", "SINGLE_TABLE")), chain, subclasses);
    }

    /** The root entity: the one that owns the key and the strategy. */
    TypeElement root() {
        return chain.get(0);
    }

    boolean isRoot() {
        return chain.size() == 1;
    }

    /** Whether the hierarchy is more than one entity. */
    boolean inherits() {
        return !isRoot() || !subclasses.isEmpty();
    }

    /** The entity whose table holds this entity's key: the root in a single table, else the entity itself. */
    TypeElement tableOwner() {
        return strategy == Strategy.SINGLE_TABLE ? root() : type;
    }

    /** Whether the entity has a table of its own. */
    boolean hasTable() {
        return switch (strategy) {
            case SINGLE_TABLE -> isRoot();
            case JOINED -> true;
            case TABLE_PER_CLASS -> !type.getModifiers().contains(Modifier.ABSTRACT);
        };
    }

    /** The direct superclass entity, or null for the root. */
    TypeElement parent() {
        return isRoot() ? null : chain.get(chain.size() - 2);
    }

    /** The entity superclasses of {@code type} (mapped superclasses skipped), the root first, then {@code type}. */
    static List<TypeElement> entityChain(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement current = type; current != null; current = JpaAttributes.superclass(current)) {
            if (JpaAnnotations.has(current, "Entity")) {
                chain.add(0, current);
            }
        }
        return chain;
    }
}

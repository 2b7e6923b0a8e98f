package io.omninode.migrations.processor.entity;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The persistent attributes of an entity, mapped superclass or embeddable, as JPA decides them: field
 * access or property access from where {@code @Id} or {@code @EmbeddedId} stands (or from
 * {@code @Access}), static, {@code transient} and {@code @Transient} members left out, the mapped
 * superclasses' attributes first.
 */
final class JpaAttributes {

    /**
     * One persistent attribute.
     *
     * @param name the attribute name ({@code firstName} for a field or for {@code getFirstName()})
     * @param type its Java type
     * @param element the field or getter that carries its annotations
     */
    record Attribute(String name, TypeMirror type, Element element) {

        AnnotationMirror annotation(String simpleName) {
            return JpaAnnotations.find(element, simpleName);
        }

        boolean has(String simpleName) {
            return JpaAnnotations.has(element, simpleName);
        }
    }

    private JpaAttributes() {}

    /** Whether {@code type}'s hierarchy uses property access. */
    static boolean propertyAccess(TypeElement type) {
        for (TypeElement current : hierarchy(type)) {
            AnnotationMirror access = JpaAnnotations.find(current, "Access");
            if (access != null) {
                return JpaAnnotations.constant(access, "value", "FIELD").equals("PROPERTY");
            }
        }
        for (TypeElement current : hierarchy(type)) {
            for (Element member : current.getEnclosedElements()) {
                if (JpaAnnotations.has(member, "Id") || JpaAnnotations.has(member, "EmbeddedId")) {
                    return member.getKind() == ElementKind.METHOD;
                }
            }
        }
        return false;
    }

    /** The type and its mapped superclasses, the topmost first. */
    static List<TypeElement> hierarchy(TypeElement type) {
        List<TypeElement> types = new ArrayList<>();
        TypeElement current = type;
        while (current != null) {
            types.add(0, current);
            current = superclass(current);
            if (current != null && !JpaAnnotations.has(current, "MappedSuperclass")) {
                current = null;
            }
        }
        return types;
    }

    /** The direct superclass, or null for {@code Object}. */
    static TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
        return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
    }

    /** The persistent attributes of {@code type} and its mapped superclasses. */
    static List<Attribute> of(TypeElement type, boolean propertyAccess) {
        List<Attribute> attributes = new ArrayList<>();
        for (TypeElement current : hierarchy(type)) {
            attributes.addAll(declared(current, propertyAccess));
        }
        return attributes;
    }

    /** The attributes of an embeddable, by name: Hibernate orders a component's columns (and key columns) so. */
    static List<Attribute> embeddable(TypeElement type, boolean propertyAccess) {
        List<Attribute> attributes = new ArrayList<>(declared(type, propertyAccess));
        attributes.sort(java.util.Comparator.comparing(Attribute::name));
        return attributes;
    }

    /** The persistent attributes declared by {@code type} itself. */
    static List<Attribute> declared(TypeElement type, boolean propertyAccess) {
        List<Attribute> attributes = new ArrayList<>();
        if (!propertyAccess) {
            for (var field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC) && !field.getModifiers().contains(Modifier.TRANSIENT)
                        && !JpaAnnotations.has(field, "Transient")) {
                    attributes.add(new Attribute(field.getSimpleName().toString(), field.asType(), field));
                }
            }
            return attributes;
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = propertyName(method);
            if (name != null && !method.getModifiers().contains(Modifier.STATIC)
                    && !JpaAnnotations.has(method, "Transient")) {
                attributes.add(new Attribute(name, method.getReturnType(), method));
            }
        }
        return attributes;
    }

    private static String propertyName(ExecutableElement method) {
        if (!method.getParameters().isEmpty()) {
            return null;
        }
        String name = method.getSimpleName().toString();
        if (name.startsWith("get") && name.length() > 3 && method.getReturnType().getKind() != TypeKind.VOID) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType().getKind() == TypeKind.BOOLEAN) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    /** As JavaBeans: {@code Name} becomes {@code name}, {@code URL} stays {@code URL}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

package io.omninode.migrations.processor.jpa;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * The corpus of the differential suite: entity models, each feature alone and combined, written as
 * teams write them. A model is a few source files in its own package; the entity classes are listed
 * for Hibernate.
 */
final class JpaCorpus {

    /** Where the processor's schema deliberately differs from Hibernate's; also in the README. None so far. */
    static final List<String> DELIBERATE_DIFFERENCES = List.of();

    /**
     * One model.
     *
     * @param name the case name
     * @param snakeCase whether it is named the Spring Boot way
     * @param classes simple class name to class body (without package and imports)
     * @param entities the simple names of the {@code @Entity} classes
     */
    record Model(String name, boolean snakeCase, List<String[]> classes, List<String> entities) {

        String packageName() {
            return "corpus." + name.replace('-', '_');
        }

        List<String> entityClasses() {
            return entities.stream().map(e -> packageName() + "." + e).toList();
        }

        List<JavaFileObject> sources() {
            List<JavaFileObject> sources = new ArrayList<>();
            for (String[] type : classes) {
                sources.add(JavaFileObjects.forSourceString(packageName() + "." + type[0], "package " + packageName()
                        + ";\n\nimport jakarta.persistence.*;\nimport java.math.*;\nimport java.time.*;\n"
                        + "import java.util.*;\n\n" + type[1]));
            }
            return sources;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * An entity change: the same entities before and after.
     *
     * @param name the case name
     * @param before the entities before
     * @param after the entities after
     */
    record Change(String name, Model before, Model after) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A realistic domain, an issue tracker of 19 entities, read under both naming strategies. */
    private static final String[] TRACKER = {"Tenant", """
                @Entity
                public class Tenant {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true, length = 100) String slug;
                    @Column(nullable = false) String displayName;
                    @Embedded PostalAddress address;
                    Instant createdAt;
                }
                """, "PostalAddress", """
                @Embeddable
                public class PostalAddress {
                    String line1;
                    String line2;
                    @Column(length = 16) String postalCode;
                    @Column(length = 2) String countryCode;
                }
                """, "BaseEntity", """
                @MappedSuperclass
                public abstract class BaseEntity {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                    @Version long version;
                    @Column(nullable = false) Instant createdAt;
                    Instant updatedAt;
                }
                """, "Role", """
                public enum Role { OWNER, ADMIN, MEMBER, VIEWER }
                """, "Member", """
                @Entity
                @Table(indexes = @Index(name = "ix_member_email", columnList = "email"))
                public class Member extends BaseEntity {
                    @ManyToOne(optional = false) Tenant tenant;
                    @Column(nullable = false, length = 320) String email;
                    @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Role role;
                    boolean active;
                }
                """, "Project", """
                @Entity
                @Table(uniqueConstraints = @UniqueConstraint(columnNames = {"tenant_id", "key"}))
                public class Project extends BaseEntity {
                    @ManyToOne(optional = false) Tenant tenant;
                    @Column(nullable = false, length = 10) String key;
                    String name;
                    @ManyToOne Member lead;
                    @OneToMany(mappedBy = "project") List<Issue> issues;
                }
                """, "Status", """
                public enum Status { OPEN, IN_PROGRESS, DONE, CANCELLED }
                """, "Issue", """
                @Entity
                @Table(indexes = {@Index(columnList = "status"), @Index(columnList = "project_id, number", unique = true)})
                public class Issue extends BaseEntity {
                    @ManyToOne(optional = false) Project project;
                    int number;
                    @Column(nullable = false) String title;
                    @Column(columnDefinition = "text") String description;
                    @Enumerated(EnumType.STRING) Status status;
                    Integer priority;
                    @ManyToOne Member assignee;
                    @ManyToOne(optional = false) @JoinColumn(name = "reporter_id") Member reporter;
                    LocalDate dueOn;
                    @Column(precision = 6, scale = 2) BigDecimal estimateHours;
                }
                """, "Comment", """
                @Entity
                public class Comment extends BaseEntity {
                    @ManyToOne(optional = false) Issue issue;
                    @ManyToOne(optional = false) Member author;
                    @Lob String body;
                }
                """, "Label", """
                @Entity
                public class Label {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                    @ManyToOne(optional = false) Tenant tenant;
                    @Column(nullable = false, length = 50) String name;
                    @Column(length = 7) String color;
                }
                """, "IssueLabelKey", """
                @Embeddable
                public class IssueLabelKey {
                    Long issueId;
                    Integer labelId;
                }
                """, "IssueLabel", """
                @Entity
                public class IssueLabel {
                    @EmbeddedId IssueLabelKey id;
                    Instant addedAt;
                }
                """, "Attachment", """
                @Entity
                public class Attachment {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
                    @ManyToOne(optional = false) Issue issue;
                    @Column(nullable = false) String fileName;
                    long sizeBytes;
                    @Column(length = 100) String contentType;
                    byte[] thumbnail;
                }
                """, "Sprint", """
                @Entity
                public class Sprint extends BaseEntity {
                    @ManyToOne(optional = false) Project project;
                    String name;
                    LocalDate startsOn;
                    LocalDate endsOn;
                }
                """, "SprintItem", """
                @Entity
                public class SprintItem {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) Sprint sprint;
                    @OneToOne(optional = false) Issue issue;
                    double storyPoints;
                }
                """, "Webhook", """
                @Entity
                public class Webhook {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhooks")
                    @SequenceGenerator(name = "webhooks", sequenceName = "webhook_ids", allocationSize = 10)
                    Long id;
                    @ManyToOne(optional = false) Tenant tenant;
                    @Column(nullable = false, length = 2048) String url;
                    @Column(columnDefinition = "jsonb") String events;
                    boolean enabled;
                }
                """, "WebhookDelivery", """
                @Entity
                public class WebhookDelivery {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false) Webhook webhook;
                    short attempt;
                    Integer responseCode;
                    OffsetDateTime deliveredAt;
                }
                """, "ApiToken", """
                @Entity
                public class ApiToken {
                    @Id UUID id;
                    @ManyToOne(optional = false) Member member;
                    @Column(nullable = false, unique = true, length = 64) String hash;
                    Instant expiresAt;
                    Instant lastUsedAt;
                }
                """, "ActivityLog", """
                @Entity
                public class ActivityLog {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne Tenant tenant;
                    @ManyToOne Member actor;
                    @Column(nullable = false, length = 64) String action;
                    @Column(columnDefinition = "jsonb") String details;
                    Instant at;
                }
                """};

    private static final List<Model> BUILT = new ArrayList<>();

    /** Entity changes for the stub check: applied to Hibernate's schema before, they give Hibernate's after. */
    static final List<Change> CHANGES = List.of(
            change("add-column-index-and-entity", false, new String[] {"Customer", """
                    @Entity
                    public class Customer {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        String name;
                    }
                    """}, new String[] {"Customer", """
                    @Entity
                    @Table(indexes = @Index(columnList = "email"))
                    public class Customer {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        @Column(length = 120) String name;
                        @Column(nullable = false, unique = true) String email;
                    }
                    """, "Purchase", """
                    @Entity
                    public class Purchase {
                        @Id @GeneratedValue Long id;
                        @ManyToOne(optional = false) Customer customer;
                        BigDecimal total;
                    }
                    """}),
            change("enum-and-relation-change", true, new String[] {"Phase", """
                    public enum Phase { DRAFT, LIVE }
                    """, "Campaign", """
                    @Entity
                    public class Campaign {
                        @Id UUID id;
                        @Enumerated(EnumType.STRING) Phase phase;
                        Instant startsAt;
                        String obsoleteNote;
                    }
                    """}, new String[] {"Phase", """
                    public enum Phase { DRAFT, LIVE, ARCHIVED }
                    """, "Campaign", """
                    @Entity
                    public class Campaign {
                        @Id UUID id;
                        @Enumerated(EnumType.STRING) @Column(nullable = false) Phase phase;
                        Instant startsAt;
                        @ManyToOne Campaign predecessor;
                    }
                    """}),
            change("subclass-and-join-table", false, new String[] {"Asset", """
                    @Entity
                    public class Asset {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        String label;
                    }
                    """, "Site", """
                    @Entity
                    public class Site {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    }
                    """}, new String[] {"Asset", """
                    @Entity
                    public class Asset {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                        String label;
                        @ManyToMany Set<Site> sites;
                        @ElementCollection List<String> aliases;
                    }
                    """, "Site", """
                    @Entity
                    public class Site {
                        @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    }
                    """, "Laptop", """
                    @Entity
                    public class Laptop extends Asset {
                        int memoryGb;
                    }
                    """}));

    private static Change change(String name, boolean snakeCase, String[] before, String[] after) {
        return new Change(name, built(name + "-before", snakeCase, before), built(name + "-after", snakeCase, after));
    }

    private static Model built(String name, boolean snakeCase, String... pairs) {
        model(name, snakeCase, pairs);
        return BUILT.remove(BUILT.size() - 1);
    }

    static final List<Model> MODELS;

    private JpaCorpus() {}

    /** Declares a model: name, then pairs of simple class name and source; entities are those with {@code @Entity}. */
    private static void model(String name, boolean snakeCase, String... pairs) {
        List<String[]> classes = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            classes.add(new String[] {pairs[i], pairs[i + 1]});
            if (pairs[i + 1].contains("@Entity")) {
                entities.add(pairs[i]);
            }
        }
        BUILT.add(new Model(name, snakeCase, List.copyOf(classes), List.copyOf(entities)));
    }

    static {
        model("basic-types", false, "Sample", """
                @Entity
                public class Sample {
                    @Id Long id;
                    String name;
                    int count;
                    long total;
                    short small;
                    byte tiny;
                    boolean flag;
                    Boolean maybe;
                    double ratio;
                    float weight;
                    char letter;
                    Integer boxed;
                    BigDecimal amount;
                    BigInteger big;
                    UUID token;
                    byte[] data;
                }
                """);
        model("temporal-types", false, "Moment", """
                @Entity
                public class Moment {
                    @Id long id;
                    Instant at;
                    LocalDateTime local;
                    LocalDate day;
                    LocalTime time;
                    OffsetDateTime offsetAt;
                    ZonedDateTime zoned;
                    @Temporal(TemporalType.DATE) Date legacyDay;
                    @Temporal(TemporalType.TIMESTAMP) Date legacyAt;
                }
                """);
        model("column-attributes", false, "Account", """
                @Entity
                @Table(name = "accounts")
                public class Account {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(name = "mail", length = 320, nullable = false, unique = true) String email;
                    @Column(precision = 12, scale = 4) BigDecimal balance;
                    @Column(columnDefinition = "jsonb") String settings;
                    @Column(columnDefinition = "text") String notes;
                    @Transient String scratch;
                    transient String cache;
                    static String CONSTANT = "x";
                }
                """);
        model("enums", false, "Status", """
                public enum Status { ACTIVE, SUSPENDED, CLOSED }
                """, "Ticket", """
                @Entity
                public class Ticket {
                    @Id Long id;
                    Status ordinalByDefault;
                    @Enumerated(EnumType.ORDINAL) Status ordinal;
                    @Enumerated(EnumType.STRING) Status named;
                    @Version int version;
                }
                """);
        model("sequences", false, "Invoice", """
                @Entity
                public class Invoice {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                }
                """, "Payment", """
                @Entity
                @Table(name = "payments")
                public class Payment {
                    @Id
                    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_gen")
                    @SequenceGenerator(name = "payment_gen", sequenceName = "payment_numbers", allocationSize = 20)
                    long id;
                }
                """, "Refund", """
                @Entity
                public class Refund {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID id;
                }
                """);
        model("many-to-one", false, "Customer", """
                @Entity
                public class Customer {
                    @Id Long id;
                    String name;
                }
                """, "PurchaseOrder", """
                @Entity
                public class PurchaseOrder {
                    @Id Long id;
                    @ManyToOne Customer customer;
                    @ManyToOne(optional = false) @JoinColumn(name = "billed_to", foreignKey = @ForeignKey(name = "fk_order_billed"))
                    Customer billedTo;
                    @OneToOne Customer referrer;
                }
                """);
        model("snake-case", true, "OrderLine", """
                @Entity
                @Table(indexes = @Index(columnList = "productCode, createdAt desc"),
                        uniqueConstraints = @UniqueConstraint(columnNames = {"orderNumber", "lineNumber"}))
                public class OrderLine {
                    @Id @GeneratedValue Long id;
                    String productCode;
                    int orderNumber;
                    int lineNumber;
                    Instant createdAt;
                    @Column(name = "unitPrice") BigDecimal unitPrice;
                    @ManyToOne ShippingAddress shippingAddress;
                }
                """, "ShippingAddress", """
                @Entity
                public class ShippingAddress {
                    @Id UUID id;
                    String streetName;
                }
                """);

        model("embedded", false, "Address", """
                @Embeddable
                public class Address {
                    String street;
                    @Column(length = 10) String zip;
                    String city;
                }
                """, "Person", """
                @Entity
                public class Person {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) long id;
                    @Embedded Address home;
                    @Embedded
                    @AttributeOverride(name = "street", column = @Column(name = "work_street"))
                    @AttributeOverride(name = "zip", column = @Column(name = "work_zip", length = 12))
                    @AttributeOverride(name = "city", column = @Column(name = "work_city", nullable = false))
                    Address work;
                }
                """);
        model("mapped-superclass", false, "Audited", """
                @MappedSuperclass
                public abstract class Audited {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false) Instant createdAt;
                    @Version Long version;
                }
                """, "Note", """
                @Entity
                public class Note extends Audited {
                    @Lob String body;
                    @Lob byte[] attachment;
                }
                """, "Tag", """
                @Entity
                public class Tag extends Audited {
                    @Column(unique = true) String label;
                }
                """);
        model("property-access", false, "Device", """
                @Entity
                public class Device {
                    private Long id;
                    private String serialNumber;
                    private boolean active;

                    @Id
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    @Column(name = "serial", length = 64, nullable = false)
                    public String getSerialNumber() { return serialNumber; }
                    public void setSerialNumber(String serialNumber) { this.serialNumber = serialNumber; }
                    public boolean isActive() { return active; }
                    public void setActive(boolean active) { this.active = active; }
                    @Transient
                    public String getLabel() { return serialNumber; }
                }
                """);
        model("embedded-id", false, "LineKey", """
                @Embeddable
                public class LineKey {
                    long orderId;
                    int line;
                }
                """, "Line", """
                @Entity
                public class Line {
                    @EmbeddedId LineKey key;
                    int quantity;
                }
                """, "LineNote", """
                @Entity
                public class LineNote {
                    @Id Long id;
                    @ManyToOne
                    @JoinColumn(name = "order_ref", referencedColumnName = "orderId")
                    @JoinColumn(name = "line_ref", referencedColumnName = "line")
                    Line line;
                }
                """);
        model("one-to-many-mapped-by", false, "Team", """
                @Entity
                public class Team {
                    @Id Long id;
                    @OneToMany(mappedBy = "team") List<Player> players;
                    @OneToOne(mappedBy = "team") Coach coach;
                }
                """, "Player", """
                @Entity
                public class Player {
                    @Id Long id;
                    @ManyToOne(optional = false) Team team;
                }
                """, "Coach", """
                @Entity
                public class Coach {
                    @Id Long id;
                    @OneToOne @JoinColumn(name = "team_ref", unique = true, nullable = false) Team team;
                }
                """);
        model("sequence-on-class", false, "Shipment", """
                @Entity
                @SequenceGenerator(name = "shipments", sequenceName = "shipment_ids", allocationSize = 1, initialValue = 1000)
                public class Shipment {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipments") Integer id;
                }
                """);
        model("table-names", false, "Book", """
                @Entity(name = "LibraryBook")
                @Table(indexes = {@Index(name = "ix_book_title", columnList = "title"),
                        @Index(columnList = "isbn", unique = true)},
                        uniqueConstraints = @UniqueConstraint(name = "uq_book_shelf", columnNames = {"shelf", "position"}))
                public class Book {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                    String title;
                    @Column(length = 13) String isbn;
                    int shelf;
                    int position;
                }
                """);
        model("snake-case-embedded", true, "GeoPoint", """
                @Embeddable
                public class GeoPoint {
                    double latitudeDeg;
                    double longitudeDeg;
                }
                """, "WeatherStation", """
                @Entity
                public class WeatherStation {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long stationId;
                    @Column(name = "displayName") String displayName;
                    @Embedded GeoPoint location;
                    @Enumerated(EnumType.STRING) @Column(length = 20) Kind stationKind;
                    LocalDate installedOn;
                }
                """, "Kind", """
                public enum Kind { AUTOMATIC, MANNED }
                """, "Reading", """
                @Entity
                public class Reading {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long readingId;
                    @ManyToOne(optional = false) WeatherStation weatherStation;
                    BigDecimal temperatureC;
                    Instant measuredAt;
                }
                """);

        model("lob-and-version", false, "Document", """
                @Entity
                public class Document {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Integer id;
                    @Lob @Column(nullable = false) String text;
                    @Version Integer revision;
                    @Column(length = 2000) String summary;
                    Duration readingTime;
                }
                """);
        model("identity-kinds", false, "SmallThing", """
                @Entity
                public class SmallThing {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) short id;
                }
                """, "IntThing", """
                @Entity
                public class IntThing {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) int id;
                    @ManyToOne SmallThing small;
                }
                """);
        model("snake-case-relations", true, "UserAccount", """
                @Entity
                public class UserAccount {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, unique = true) String emailAddress;
                    @OneToOne(mappedBy = "owner") UserProfile profile;
                }
                """, "UserProfile", """
                @Entity
                public class UserProfile {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @OneToOne(optional = false) UserAccount owner;
                    @ManyToOne UserAccount invitedBy;
                    String displayName;
                }
                """);
        model("schema-qualified", false, "Ledger", """
                @Entity
                @Table(schema = "public", name = "ledger_entries")
                public class Ledger {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                    @Column(precision = 19, scale = 4, nullable = false) BigDecimal amount;
                }
                """);
        model("no-constraint-fk", false, "Parent", """
                @Entity
                public class Parent {
                    @Id Long id;
                }
                """, "Child", """
                @Entity
                public class Child {
                    @Id Long id;
                    @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) Parent parent;
                }
                """);
        model("self-reference", false, "Category", """
                @Entity
                public class Category {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne Category parent;
                    @OneToMany(mappedBy = "parent") List<Category> children;
                    String name;
                }
                """);
        model("enum-string-snake", true, "Level", """
                public enum Level { LOW, MEDIUM, HIGH, CRITICAL }
                """, "AlertRule", """
                @Entity
                public class AlertRule {
                    @Id UUID id;
                    @Enumerated(EnumType.STRING) @Column(nullable = false) Level minimumLevel;
                    Level fallbackLevel;
                    boolean enabledFlag;
                }
                """);
        model("embedded-in-superclass", false, "Money", """
                @Embeddable
                public class Money {
                    @Column(precision = 12, scale = 2) BigDecimal amount;
                    @Column(length = 3) String currency;
                }
                """, "Priced", """
                @MappedSuperclass
                public abstract class Priced {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Embedded Money price;
                }
                """, "Product", """
                @Entity
                public class Product extends Priced {
                    String sku;
                }
                """, "Service", """
                @Entity
                public class Service extends Priced {
                    @Column(name = "hours") int durationHours;
                }
                """);
        model("temporal-snake", true, "AuditEvent", """
                @Entity
                public class AuditEvent {
                    @Id @GeneratedValue(strategy = GenerationType.UUID) UUID eventId;
                    @Column(nullable = false) OffsetDateTime occurredAt;
                    LocalDateTime recordedLocal;
                    @Column(columnDefinition = "jsonb") String payloadJson;
                    @Convert(converter = Trimmed.class) @Column(columnDefinition = "text") String convertedValue;
                }
                """, "Trimmed", """
                public class Trimmed implements AttributeConverter<String, String> {
                    public String convertToDatabaseColumn(String value) { return value == null ? null : value.strip(); }
                    public String convertToEntityAttribute(String value) { return value; }
                }
                """);
        model("single-table", false, "Payment", """
                @Entity
                @Inheritance
                @DiscriminatorColumn(name = "kind", length = 20)
                public abstract class Payment {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @Column(nullable = false, precision = 12, scale = 2) BigDecimal amount;
                }
                """, "CardPayment", """
                @Entity
                @DiscriminatorValue("CARD")
                public class CardPayment extends Payment {
                    @Column(length = 4) String lastDigits;
                    int months;
                }
                """, "WirePayment", """
                @Entity
                @DiscriminatorValue("WIRE")
                public class WirePayment extends Payment {
                    @Column(nullable = false, length = 34) String iban;
                }
                """, "Refund", """
                @Entity
                public class Refund {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne CardPayment payment;
                }
                """);
        model("single-table-by-default", false, "Vehicle", """
                @Entity
                public class Vehicle {
                    @Id @GeneratedValue Long id;
                    String make;
                }
                """, "Truck", """
                @Entity
                public class Truck extends Vehicle {
                    double payload;
                }
                """);
        model("joined", false, "Party", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Party {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String name;
                }
                """, "Person", """
                @Entity
                public class Person extends Party {
                    LocalDate birthDate;
                }
                """, "Organisation", """
                @Entity
                @Table(name = "organisation")
                public class Organisation extends Party {
                    @Column(nullable = false) String registry;
                }
                """, "Contract", """
                @Entity
                public class Contract {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne Person signer;
                }
                """);
        model("joined-snake-three-levels", true, "BaseAccount", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public abstract class BaseAccount {
                    @Id UUID accountId;
                    String ownerName;
                }
                """, "SavingsAccount", """
                @Entity
                public class SavingsAccount extends BaseAccount {
                    BigDecimal interestRate;
                }
                """, "FixedSavingsAccount", """
                @Entity
                public class FixedSavingsAccount extends SavingsAccount {
                    LocalDate maturesOn;
                }
                """);
        model("table-per-class", false, "Reading", """
                @Entity
                @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
                public abstract class Reading {
                    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;
                    Instant takenAt;
                }
                """, "Temperature", """
                @Entity
                public class Temperature extends Reading {
                    double celsius;
                }
                """, "Humidity", """
                @Entity
                public class Humidity extends Reading {
                    @Column(nullable = false) Integer percent;
                }
                """);
        model("many-to-many", false, "Author", """
                @Entity
                public class Author {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String name;
                    @ManyToMany(mappedBy = "authors") Set<Book> books;
                }
                """, "Book", """
                @Entity
                public class Book {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String title;
                    @ManyToMany Set<Author> authors;
                    @ManyToMany
                    @JoinTable(name = "book_shelf", joinColumns = @JoinColumn(name = "book"),
                            inverseJoinColumns = @JoinColumn(name = "shelf"))
                    List<Shelf> shelves;
                }
                """, "Shelf", """
                @Entity
                public class Shelf {
                    @Id UUID id;
                    @ManyToMany Set<Shelf> neighbours;
                }
                """);
        model("one-to-many-join-table", true, "SportsTeam", """
                @Entity
                public class SportsTeam {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @OneToMany Set<TeamPlayer> players;
                    @OneToMany @JoinTable(name = "team_alumni") List<TeamPlayer> formerPlayers;
                }
                """, "TeamPlayer", """
                @Entity
                public class TeamPlayer {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    String name;
                }
                """);
        model("element-collection", false, "Address", """
                @Embeddable
                public class Address {
                    String street;
                    @Column(length = 10) String zip;
                }
                """, "Role", """
                public enum Role { READER, WRITER }
                """, "Client", """
                @Entity
                public class Client {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ElementCollection Set<String> tags;
                    @ElementCollection
                    @CollectionTable(name = "client_phone", joinColumns = @JoinColumn(name = "client"))
                    @Column(name = "number", length = 20)
                    List<String> phones;
                    @ElementCollection List<Address> addresses;
                    @ElementCollection @Enumerated(EnumType.STRING) Set<Role> roles;
                }
                """);
        model("id-class", false, "FlightKey", """
                public class FlightKey implements java.io.Serializable {
                    String carrier;
                    int number;
                }
                """, "Flight", """
                @Entity
                @IdClass(FlightKey.class)
                public class Flight {
                    @Id @Column(length = 3) String carrier;
                    @Id int number;
                    LocalDate departsOn;
                }
                """, "Booking", """
                @Entity
                public class Booking {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne Flight flight;
                }
                """);
        model("checks", false, "Range", """
                @Entity
                @Table(check = @CheckConstraint(name = "ck_range_order", constraint = "low <= high"))
                @org.hibernate.annotations.Check(constraints = "label <> ''")
                public class Range {
                    @Id Long id;
                    int low;
                    int high;
                    String label;
                    @Column(check = @CheckConstraint(constraint = "width > 0")) Integer width;
                    @org.hibernate.annotations.Check(name = "ck_range_step", constraints = "step in (1, 2, 5)")
                    Integer step;
                }
                """);
        model("tracker-domain", false, TRACKER);
        model("tracker-domain-snake", true, TRACKER);
        MODELS = List.copyOf(BUILT);
    }
}

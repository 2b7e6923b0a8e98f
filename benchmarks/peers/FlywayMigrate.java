import org.flywaydb.core.Flyway;

/** Flyway's migrate through its Java API, as an application runs it: java FlywayMigrate JDBC_URL USER SQL_DIR */
public class FlywayMigrate {

    public static void main(String[] args) {
        var result = Flyway.configure()
                .dataSource(args[0], args[1], "")
                .locations("filesystem:" + args[2])
                .load()
                .migrate();
        System.out.println("flyway: " + result.migrationsExecuted + " migrations executed");
    }
}

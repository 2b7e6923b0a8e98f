// The getting-started snippet compiled a migration and an entity: the processor ran and wrote what the runtime loads.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS') : 'the consumer project did not build; see build.log above'
assert !log.contains('[OmniNode/') : 'the getting-started snippet should compile without a processor warning'

def registry = new File(basedir, 'target/generated-sources/annotations/com/example/db/GeneratedMigrationRegistry.java')
assert registry.isFile() : "no generated registry at ${registry}"
assert registry.getText('UTF-8').contains('|com.example.db.V1CreateAccount|create account table"')
assert registry.getText('UTF-8').contains('return new V1CreateAccount();')
assert new File(basedir, 'target/classes/com/example/db/GeneratedMigrationRegistry.class').isFile()

def service = new File(basedir, 'target/classes/META-INF/services/io.omninode.migrations.spi.MigrationRegistry')
assert service.isFile() : "no ServiceLoader entry at ${service}"
assert service.getText('UTF-8').trim() == 'com.example.db.GeneratedMigrationRegistry'

def snapshot = new File(basedir, 'target/classes/META-INF/omninode-migrations/schema.json')
assert snapshot.isFile() : "no entity snapshot at ${snapshot}"
assert snapshot.getText('UTF-8').contains('"name": "account"')
return true

"""Runs Alembic commands for AlembicDifferentialTest, one per input line, in one process.

Input lines (tab-separated): "graph <script dir>", "reset", "rows <id,id>", "upgrade <target>",
"downgrade <target>", "stamp <target>", "quit". The database URL comes from the environment
variable OMNINODE_ALEMBIC_DB and is never printed. Every command answers one line:
ok|fail <TAB> version rows <TAB> migrations run <TAB> current <TAB> warnings <TAB> error.
"""
import os
import sys
import warnings

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["OMNINODE_ALEMBIC_DB"])
config = None


def rows():
    with engine.connect() as connection:
        exists = connection.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar()
        if not exists:
            return []
        return sorted(r[0] for r in connection.execute(text("SELECT version_num FROM alembic_version")))


def log_size():
    with engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM migration_log")).scalar()


def log_since(start):
    with engine.connect() as connection:
        result = connection.execute(text("SELECT event FROM migration_log WHERE id > :start ORDER BY id"),
                                    {"start": start})
        return [r[0] for r in result]


def current(version_rows):
    script = ScriptDirectory.from_config(config)
    return sorted(rev.revision for rev in script.get_all_current(tuple(version_rows)) if rev is not None)


def clean(value):
    return " ".join(str(value).split())


def answer(ok, error="", caught=()):
    version_rows = rows()
    try:
        now = current(version_rows)
    except Exception as e:  # an inconsistent table makes Alembic's current fail too
        now = ["<" + clean(e) + ">"]
    fields = ["ok" if ok else "fail", ",".join(version_rows), ",".join(caught_log), ",".join(now),
              clean("; ".join(str(w.message) for w in caught)), clean(error)]
    print("\t".join(fields), flush=True)


for line in sys.stdin:
    verb, _, argument = line.rstrip("\n").partition("\t")
    caught_log = []
    if verb == "quit":
        break
    if verb == "graph":
        config = Config()
        config.set_main_option("script_location", argument)
        config.attributes["engine"] = engine
        print("ok", flush=True)
        continue
    if verb == "reset":
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
            connection.execute(text("DROP TABLE IF EXISTS migration_log"))
            connection.execute(text("CREATE TABLE migration_log (id serial PRIMARY KEY, event text NOT NULL)"))
        print("ok", flush=True)
        continue
    if verb == "rows":
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM alembic_version"))
            for revision in filter(None, argument.split(",")):
                connection.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": revision})
        print("ok", flush=True)
        continue
    start = log_size()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            getattr(command, verb)(config, argument)
            ok, error = True, ""
        except BaseException as e:  # AssertionError included: Alembic asserts on some ambiguous input
            ok, error = False, "%s: %s" % (type(e).__name__, e)
    caught_log = log_since(start)
    answer(ok, error, caught)

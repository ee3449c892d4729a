// The database schema, as an ordered list of migrations.
//
// Migration N moves a database from schema version N-1 to N. A store applies the ones the
// database has not seen, in order, in one transaction, and records each in schema_version.
// Never edit a migration that has shipped: add a new one. The SQL is deliberately plain
// (TEXT, INTEGER, BIGINT, REAL, composite primary keys, foreign keys, CREATE INDEX) so that
// SQLite and PostgreSQL both run it unchanged; run and document ids are made by the program,
// not by the database, so no auto-increment dialect is needed.
#pragma once

#include <string_view>
#include <vector>

namespace docval {

struct Migration {
  int version;
  std::vector<std::string_view> statements;  // each one SQL statement, run in order
};

// Creates schema_version itself; safe to run on every open.
inline constexpr std::string_view kCreateSchemaVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY,"
    " applied_at TEXT NOT NULL)";

// All migrations, ascending by version.
const std::vector<Migration>& Migrations();

// The highest version this binary knows.
int LatestSchemaVersion();

}  // namespace docval

/**
 * Compares a migrated database with prisma/schema.prisma: tables, columns,
 * types, nullability, defaults, indexes, enums and foreign keys. Prisma's own
 * `migrate diff` needs a schema engine that cannot be downloaded here, so this
 * reads the schema with Prisma's own parser (getDMMF, WebAssembly) and the
 * database from the PostgreSQL catalogue, and lists every difference.
 */
import { readFileSync } from "node:fs";
import internals from "@prisma/internals";
import type { SqlSession } from "@/lib/db";

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
type DmmfModel = Dmmf["datamodel"]["models"][number];
type DmmfField = DmmfModel["fields"][number];

export type Shape = {
  columns: Map<string, { type: string; notNull: boolean; hasDefault: boolean }>;
  indexes: Map<string, { table: string; columns: string[]; unique: boolean; primary: boolean }>;
  enums: Map<string, string[]>;
  foreignKeys: Map<string, { table: string; columns: string[]; references: string }>;
};

const CLIENT_SIDE_DEFAULTS = new Set(["cuid", "uuid", "nanoid", "ulid"]);

function columnType(field: DmmfField, enumDbNames: Map<string, string>): string {
  const [native, args = []] = (field.nativeType as [string, string[]] | null) ?? [undefined, []];
  let type: string;
  if (field.kind === "enum") {
    type = enumDbNames.get(field.type) ?? field.type;
  } else {
    const n = args.join(",");
    switch (field.type) {
      case "String":
        type =
          native === "Char"
            ? `character(${n})`
            : native === "VarChar"
              ? `character varying${n ? `(${n})` : ""}`
              : native === "Uuid"
                ? "uuid"
                : native === "Inet"
                  ? "inet"
                  : "text";
        break;
      case "Int":
        type = native === "SmallInt" ? "smallint" : "integer";
        break;
      case "BigInt":
        type = "bigint";
        break;
      case "Boolean":
        type = "boolean";
        break;
      case "Float":
        type = native === "Real" ? "real" : "double precision";
        break;
      case "Decimal":
        type = `numeric(${n || "65,30"})`;
        break;
      case "Json":
        type = native === "Json" ? "json" : "jsonb";
        break;
      case "Bytes":
        type = "bytea";
        break;
      case "DateTime":
        type =
          native === "Date"
            ? "date"
            : native === "Timestamptz"
              ? `timestamp(${n || 3}) with time zone`
              : `timestamp(${n || 3}) without time zone`;
        break;
      default:
        type = `unknown ${field.type}`;
    }
  }
  return field.isList ? `${type}[]` : type;
}

export async function shapeFromSchema(schemaText = readFileSync("prisma/schema.prisma", "utf8")): Promise<Shape> {
  const dmmf = await internals.getDMMF({ datamodel: schemaText });
  const shape: Shape = { columns: new Map(), indexes: new Map(), enums: new Map(), foreignKeys: new Map() };
  const enumDbNames = new Map<string, string>();
  for (const e of dmmf.datamodel.enums) {
    const name = e.dbName ?? e.name;
    enumDbNames.set(e.name, name);
    shape.enums.set(
      name,
      e.values.map((v) => v.dbName ?? v.name),
    );
  }
  const tableOf = new Map<string, string>();
  const columnOf = new Map<string, string>();
  for (const model of dmmf.datamodel.models) {
    const table = model.dbName ?? model.name;
    tableOf.set(model.name, table);
    for (const field of model.fields) {
      if (field.kind === "object") continue;
      const column = field.dbName ?? field.name;
      columnOf.set(`${model.name}.${field.name}`, column);
      const defaultName =
        typeof field.default === "object" && field.default && "name" in field.default ? field.default.name : undefined;
      shape.columns.set(`${table}.${column}`, {
        type: columnType(field, enumDbNames),
        // Prisma's migrations leave scalar-list columns (String[]) nullable.
        notNull: field.isRequired && !field.isList,
        hasDefault: field.hasDefaultValue && !(defaultName && CLIENT_SIDE_DEFAULTS.has(defaultName)),
      });
    }
  }
  for (const model of dmmf.datamodel.models) {
    const table = tableOf.get(model.name)!;
    for (const field of model.fields) {
      if (field.kind !== "object" || !field.relationFromFields?.length) continue;
      const columns = field.relationFromFields.map((f) => columnOf.get(`${model.name}.${f}`)!);
      const name =
        (field as { relationName?: string; dbName?: string | null }).dbName ?? `${table}_${columns.join("_")}_fkey`;
      shape.foreignKeys.set(name, { table, columns, references: tableOf.get(field.type)! });
    }
  }
  for (const index of dmmf.datamodel.indexes) {
    const table = tableOf.get(index.model)!;
    const columns = index.fields.map((f) => columnOf.get(`${index.model}.${f.name}`)!);
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const name = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    shape.indexes.set(name, { table, columns, unique: index.type !== "normal", primary: index.type === "id" });
  }
  return shape;
}

export async function shapeFromDatabase(session: SqlSession): Promise<Shape> {
  const shape: Shape = { columns: new Map(), indexes: new Map(), enums: new Map(), foreignKeys: new Map() };
  const ignored = "('_prisma_migrations')";
  const columns = await session.query<{
    tbl: string;
    col: string;
    type: string;
    not_null: boolean;
    has_default: boolean;
  }>(`
    SELECT c.relname AS tbl, a.attname AS col, format_type(a.atttypid, a.atttypmod) AS type,
           a.attnotnull AS not_null, a.atthasdef AS has_default
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relname NOT IN ${ignored}`);
  for (const row of columns) {
    shape.columns.set(`${row.tbl}.${row.col}`, {
      type: row.type.replaceAll('"', ""),
      notNull: row.not_null,
      hasDefault: row.has_default,
    });
  }
  const indexes = await session.query<{
    name: string;
    tbl: string;
    cols: string[];
    is_unique: boolean;
    is_primary: boolean;
  }>(`
    SELECT i.relname AS name, t.relname AS tbl, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
           array_agg(a.attname::text ORDER BY k.ord)::text[] AS cols
      FROM pg_index ix
      JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE n.nspname = 'public' AND t.relname NOT IN ${ignored}
     GROUP BY i.relname, t.relname, ix.indisunique, ix.indisprimary`);
  for (const row of indexes) {
    shape.indexes.set(row.name, { table: row.tbl, columns: row.cols, unique: row.is_unique, primary: row.is_primary });
  }
  const enums = await session.query<{ name: string; labels: string[] }>(`
    SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder)::text[] AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname`);
  for (const row of enums) shape.enums.set(row.name, row.labels);
  const fks = await session.query<{ name: string; tbl: string; cols: string[]; ref: string }>(`
    SELECT con.conname AS name, t.relname AS tbl, r.relname AS ref,
           array_agg(a.attname::text ORDER BY k.ord)::text[] AS cols
      FROM pg_constraint con
      JOIN pg_class t ON t.oid = con.conrelid
      JOIN pg_class r ON r.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
     WHERE con.contype = 'f' AND n.nspname = 'public'
     GROUP BY con.conname, t.relname, r.relname`);
  for (const row of fks) shape.foreignKeys.set(row.name, { table: row.tbl, columns: row.cols, references: row.ref });
  return shape;
}

/** Every way `actual` differs from `expected`, one readable line each; empty when they match. */
export function compareShapes(expected: Shape, actual: Shape): string[] {
  const differences: string[] = [];
  const compare = <T>(kind: string, a: Map<string, T>, b: Map<string, T>) => {
    for (const [name, want] of a) {
      const got = b.get(name);
      if (got === undefined) differences.push(`${kind} ${name} is in schema.prisma but not in the database`);
      else if (JSON.stringify(got) !== JSON.stringify(want)) {
        differences.push(
          `${kind} ${name} differs: schema.prisma ${JSON.stringify(want)}, database ${JSON.stringify(got)}`,
        );
      }
    }
    for (const name of b.keys()) {
      if (!a.has(name)) differences.push(`${kind} ${name} is in the database but not in schema.prisma`);
    }
  };
  compare("column", expected.columns, actual.columns);
  compare("index", expected.indexes, actual.indexes);
  compare("enum", expected.enums, actual.enums);
  compare("foreign key", expected.foreignKeys, actual.foreignKeys);
  return differences;
}

/**
 * Writes plain data (a view's value) onto a schema entity, field by field, following the entity's
 * own schema: a primitive is assigned only when it differs, a child entity is updated in place
 * (or replaced when its type changes), a map gains and loses entries, an array grows, shrinks and
 * is updated by index. So the encoder sends only what changed. The plain data has the entity's
 * field names; besides, by rule:
 * - null or undefined leaves a field absent (the client reads an absent field back as null);
 * - a tuple given for an entity fills its fields in their order ([lon, lat] for a LonLat);
 * - an array given for a map is keyed by each element's `id`, in the array's order;
 * - an entity type with variants (shared/protocol/state/variants.ts) is chosen by the plain value's `kind`.
 */
import { ArraySchema, MapSchema, Schema } from "@colyseus/schema";
import { variantsOf } from "../../shared/protocol/state/variants";

type EntityClass = new () => Schema;
type Child = string | EntityClass;

interface Field {
  name: string;
  kind: "primitive" | "ref" | "array" | "map";
  child: Child;
  optional: boolean;
}

/** Entities and collections made while `collecting`, outermost only; and how deep in a new one the walk is. */
let made: (Schema | ArraySchema | MapSchema)[] | null = null;
let inNew = 0;

/**
 * Runs `write` and returns the entities and collections it made (the outermost: the rest are
 * inside them). A StateView sees a new entity's primitive collections only once the entity is
 * added to it (@colyseus/schema gives visibility down to entity children only), so whoever holds
 * the views adds these.
 */
export function collecting(write: () => void): (Schema | ArraySchema | MapSchema)[] {
  const outer = made;
  made = [];
  try {
    write();
    return made;
  } finally {
    made = outer;
  }
}

/** An entity made elsewhere that the write put in this place too: whoever collects shows it as made. */
export function adopt(entity: Schema): void {
  made?.push(entity);
}

const fieldCache = new Map<EntityClass, Field[]>();

function fieldsOf(type: EntityClass): Field[] {
  let fields = fieldCache.get(type);
  if (fields) return fields;
  fields = [];
  const metadata = (type as unknown as Record<symbol, Record<number, { name: string; type: unknown; optional?: boolean } | undefined>>)[Symbol.metadata]!;
  for (let i = 0; metadata[i] !== undefined; i++) {
    const { name, type: declared, optional } = metadata[i]!;
    const field = { name, optional: optional === true };
    if (typeof declared === "string") fields.push({ ...field, kind: "primitive", child: declared });
    else if (typeof declared === "function") fields.push({ ...field, kind: "ref", child: declared as EntityClass });
    else if ("array" in (declared as object)) fields.push({ ...field, kind: "array", child: (declared as { array: Child }).array });
    else if ("map" in (declared as object)) fields.push({ ...field, kind: "map", child: (declared as { map: Child }).map });
    else throw new Error(`sync-entity: field ${name} of ${type.name} has an unsupported type`);
  }
  fieldCache.set(type, fields);
  return fields;
}

function typeFor(base: EntityClass, value: unknown): EntityClass {
  const byKind = variantsOf(base) as Readonly<Record<string, EntityClass>> | undefined;
  if (!byKind) return base;
  const kind = (value as { kind?: unknown }).kind;
  const type = typeof kind === "string" ? byKind[kind] : undefined;
  if (!type) throw new Error(`sync-entity: no ${base.name} for kind ${String(kind)}`);
  return type;
}

/**
 * The plain value each entity or collection was last written from. The rules' states share what a
 * command left unchanged (shared/share-unchanged.ts) and the views reuse what they showed, so the
 * same object again means nothing to write: the walk below is skipped. The plain data written
 * here is never changed afterwards.
 */
const written = new WeakMap<object, unknown>();

/**
 * A collection was last written from these values, or from a list or record of the very same
 * entries (a view makes a new record of the zones or assets it shows, of the same objects).
 */
function sameAsWritten(collection: object, values: object): boolean {
  const last = written.get(collection) as object | undefined;
  if (last === values) return true;
  if (last === undefined || Array.isArray(last) !== Array.isArray(values)) return false;
  if (Array.isArray(values)) {
    const before = last as readonly unknown[];
    if (before.length !== values.length) return false;
    for (let i = 0; i < values.length; i++) if (before[i] !== values[i]) return false;
    return true;
  }
  const keys = Object.keys(values);
  const before = Object.keys(last);
  if (keys.length !== before.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== before[i] || (last as Record<string, unknown>)[key] !== (values as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/** Writes `value` onto `target` (see the file's comment for the rules). */
export function syncEntity(target: Schema, value: object): void {
  if (written.get(target) === value) return;
  writeEntity(target, value);
  written.set(target, value);
}

function writeEntity(target: Schema, value: object): void {
  const record = value as Record<string, unknown>;
  const tuple = Array.isArray(value);
  const fields = fieldsOf(target.constructor as EntityClass);
  const entity = target as unknown as Record<string, unknown>;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const next = tuple ? (value as unknown[])[i] : record[field.name];
    const current = entity[field.name];
    switch (field.kind) {
      case "primitive":
        if (current !== (next ?? undefined)) entity[field.name] = next ?? undefined;
        break;
      case "ref":
        if (next === null || next === undefined) {
          if (current !== undefined) entity[field.name] = undefined;
        } else {
          place(current, next as object, field.child, (e) => (entity[field.name] = e));
        }
        break;
      case "array":
      case "map": {
        if (next === null || next === undefined) {
          if (field.optional) {
            if (current !== undefined) entity[field.name] = undefined;
          } else if (current) clearCollection(current as ArraySchema | MapSchema);
          break;
        }
        let collection = current as ArraySchema<unknown> | MapSchema<unknown> | undefined;
        if (!collection) {
          entity[field.name] = collection = field.kind === "array" ? new ArraySchema() : new MapSchema();
          if (made && inNew === 0) made.push(collection);
        }
        if (field.kind === "array") syncArray(collection as ArraySchema<unknown>, next as unknown[], field.child);
        else syncMap(collection as MapSchema<unknown>, next as object, field.child);
        break;
      }
    }
  }
}

/**
 * Puts `value` in the place `attach` assigns: into `current` if it is of the right type, else into
 * a new entity, attached before it is filled (a collection filled while detached reaches no view).
 */
export function place(current: unknown, value: object, base: unknown, attach: (made: Schema) => void): void {
  const type = typeFor(base as EntityClass, value);
  if (current instanceof Schema && current.constructor === type) {
    syncEntity(current, value);
    return;
  }
  const entity = new type();
  attach(entity);
  if (made && inNew === 0) made.push(entity);
  inNew++;
  try {
    syncEntity(entity, value);
  } finally {
    inNew--;
  }
}

function clearCollection(collection: ArraySchema | MapSchema): void {
  written.delete(collection);
  const size = collection instanceof ArraySchema ? collection.length : collection.size;
  if (size > 0) collection.clear();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any entity collection
export function syncArray(array: ArraySchema<any>, values: readonly unknown[], child: Child): void {
  if (sameAsWritten(array, values)) return;
  writeArray(array, values, child);
  written.set(array, values);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any entity collection
function writeArray(array: ArraySchema<any>, values: readonly unknown[], child: Child): void {
  const primitive = typeof child === "string";
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i >= array.length) {
      if (primitive) array.push(value);
      else place(undefined, value as object, child, (e) => array.push(e));
      continue;
    }
    const current = array.at(i);
    if (primitive) {
      if (current !== value) (array as unknown as unknown[])[i] = value;
    } else {
      place(current, value as object, child, (e) => ((array as unknown as unknown[])[i] = e));
    }
  }
  if (array.length > values.length) array.splice(values.length, array.length - values.length);
}

/**
 * A map keyed by numbers (countries' ISO codes: "364", "792") gets a key index in dictionary mode
 * before its first key. @colyseus/schema keeps each map's key → index in a plain object, and V8
 * stores number-like keys there as a holey array as long as the largest key: 6 KB for five
 * countries, in every power's influence of every slot and snapshot.
 */
function sparseKeys(map: MapSchema<unknown>, first: string | undefined): void {
  const journal = (map as unknown as { journal?: { indexByKey: Record<string, number> } }).journal;
  if (!journal || map.size > 0 || first === undefined || !/^\d+$/.test(first) || Object.keys(journal.indexByKey).length > 0) return;
  const index: Record<string, number> = {};
  // Far beyond any array's length: V8 turns the object's elements into a dictionary, and they stay one.
  index[4e9] = 0;
  delete index[4e9];
  journal.indexByKey = index;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any entity collection
export function syncMap(map: MapSchema<any>, values: object, child: Child): void {
  if (sameAsWritten(map, values)) return;
  writeMap(map, values, child);
  written.set(map, values);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any entity collection
function writeMap(map: MapSchema<any>, values: object, child: Child): void {
  const primitive = typeof child === "string";
  const list = Array.isArray(values) ? (values as { id: string }[]) : null;
  const keys: string[] = list ? list.map((v) => v.id) : Object.keys(values);
  sparseKeys(map, keys[0]);
  const entries = list ?? (values as Record<string, unknown>);
  const at = (i: number) => (list ? list[i] : (entries as Record<string, unknown>)[keys[i]!]);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = at(i);
    const current = map.get(key);
    if (primitive) {
      if (current !== value) map.set(key, value);
    } else {
      place(current, value as object, child, (e) => map.set(key, e));
    }
  }
  if (map.size > keys.length) {
    const wanted = new Set(keys);
    for (const key of Array.from(map.keys())) if (!wanted.has(key)) map.delete(key);
  }
  if (list) keepOrder(map, keys, child);
}

/**
 * The entries of a map made from a list stay in the list's order: an entry that became visible
 * after later ones (a treaty the viewer learns of at resolution) is put back in its place by
 * adding again the entries from there on.
 */
function keepOrder(map: MapSchema<unknown>, keys: readonly string[], child: Child): void {
  let i = 0;
  let wrong = -1;
  for (const key of map.keys()) {
    if (key !== keys[i]) {
      wrong = i;
      break;
    }
    i++;
  }
  if (wrong < 0) return;
  const moved = keys.slice(wrong).map((key) => [key, map.get(key)] as const);
  for (const [key] of moved) map.delete(key);
  for (const [key, value] of moved) {
    if (typeof child === "string") map.set(key, value);
    else place(undefined, (value as Schema).toJSON() as object, child, (e) => map.set(key, e));
  }
}

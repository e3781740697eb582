// The counter's own store in the browser's IndexedDB: the outbox of sales (each kept until the
// backend has answered for its key), the showroom's catalogue and prices as last read online, and
// the staff member, showroom and shift, so the counter keeps selling with the connection gone.
import type { QueuedSale } from "@/lib/pos-queue";
import type { CounterPack, PosMe, PosShift } from "@/lib/pos-types";

const DB_NAME = "ocop-pos";
const DB_VERSION = 1;

type Meta = { me: PosMe; shift: PosShift | null; catalogueSavedAt: string };

let opened: Promise<IDBDatabase> | undefined;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("sales")) db.createObjectStore("sales", { keyPath: "key" });
      if (!db.objectStoreNames.contains("packs")) db.createObjectStore("packs", { keyPath: "variant_id" });
      if (!db.objectStoreNames.contains("meta")) db.createObjectStore("meta");
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Written and committed before it is sent: a sale survives a reload, a crash or a dead battery. */
export async function putSale(sale: QueuedSale): Promise<void> {
  const transaction = (await database()).transaction("sales", "readwrite");
  transaction.objectStore("sales").put(sale);
  await finished(transaction);
}

export async function getSale(key: string): Promise<QueuedSale | undefined> {
  return result((await database()).transaction("sales").objectStore("sales").get(key) as IDBRequest<QueuedSale | undefined>);
}

export async function listSales(): Promise<QueuedSale[]> {
  return result((await database()).transaction("sales").objectStore("sales").getAll() as IDBRequest<QueuedSale[]>);
}

/** The catalogue as the API gave it, replacing the last copy. */
export async function saveCatalogue(packs: readonly CounterPack[]): Promise<void> {
  const transaction = (await database()).transaction(["packs", "meta"], "readwrite");
  const store = transaction.objectStore("packs");
  store.clear();
  for (const pack of packs) store.put(pack);
  transaction.objectStore("meta").put(new Date().toISOString(), "catalogueSavedAt");
  await finished(transaction);
}

export async function loadCatalogue(): Promise<CounterPack[]> {
  return result((await database()).transaction("packs").objectStore("packs").getAll() as IDBRequest<CounterPack[]>);
}

export async function saveMeta<K extends keyof Meta>(name: K, value: Meta[K]): Promise<void> {
  const transaction = (await database()).transaction("meta", "readwrite");
  transaction.objectStore("meta").put(value, name);
  await finished(transaction);
}

export async function loadMeta<K extends keyof Meta>(name: K): Promise<Meta[K] | undefined> {
  return result((await database()).transaction("meta").objectStore("meta").get(name) as IDBRequest<Meta[K] | undefined>);
}

/** Everything of the counter on this device, when staff sign out; sales not yet sent are kept. */
export async function forgetSession(): Promise<void> {
  const transaction = (await database()).transaction("meta", "readwrite");
  transaction.objectStore("meta").delete("me");
  transaction.objectStore("meta").delete("shift");
  await finished(transaction);
}

/** A refused sale the cashier has dealt with (made again, or given up with the customer). */
export async function deleteSale(key: string): Promise<void> {
  const transaction = (await database()).transaction("sales", "readwrite");
  transaction.objectStore("sales").delete(key);
  await finished(transaction);
}

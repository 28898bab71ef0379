/**
 * Row ids are UUIDs. An id from an address or a form is checked before it is
 * used, so a mistyped or forged one finds "not found" rather than a database
 * error about its type.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

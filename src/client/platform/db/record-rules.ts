// What a local write, a pulled page and a rebuilt view need from src/domain beyond the record
// names: the full record schemas (every OSARA section and vocabulary), field validation, the
// stage gates and sign-off rights. Import this module only through loadRecordRules() (rules.ts).
export { collections } from '#domain/records';
export { canSignOff, checkTransition } from '#domain/osara/index';
export { checkedFields, planCreate, planEdit } from './record-writes';

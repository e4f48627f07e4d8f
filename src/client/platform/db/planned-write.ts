// A planned local write: the record's new view and the mutation that goes into the outbox with it.
// Its own module so the planners (record-writes.ts) and the write path (write.ts) share it
// without importing each other.
import type { Problem } from '#domain/records';
import type { Mutation } from '#domain/sync';

export interface PlannedWrite<R = Problem> {
  record: R;
  mutation: Mutation;
}

// Developer data (FIT protocol document, "Developer Data"): field_description
// messages name the fields that Connect IQ apps add to other messages. Each is
// identified by (developer data index, field definition number).
import { normalizeBaseType } from './base-types';
import type { RawFields } from './read-field';

export interface DevFieldDescription {
  /** "<developer data index>:<field name>": unique per app, stable across files. */
  readonly key: string;
  readonly name: string;
  readonly units: string;
  readonly baseType: number;
}

// field_description field numbers (Garmin FIT profile, message 206).
const DEVELOPER_DATA_INDEX = 0;
const FIELD_DEFINITION_NUMBER = 1;
const FIT_BASE_TYPE_ID = 2;
const FIELD_NAME = 3;
const UNITS = 8;

export class DeveloperFields {
  private readonly byId = new Map<number, DevFieldDescription>();
  /** Bumped on every change, so cached decode plans know to look again. */
  version = 0;

  /** Registers a field_description from its raw field values; incomplete ones are ignored. */
  describe(raw: Pick<RawFields, 'get'>): void {
    const devIndex = raw.get(DEVELOPER_DATA_INDEX);
    const num = raw.get(FIELD_DEFINITION_NUMBER);
    const baseType = raw.get(FIT_BASE_TYPE_ID);
    if (typeof devIndex !== 'number' || typeof num !== 'number' || typeof baseType !== 'number') return;
    const nameValue = raw.get(FIELD_NAME);
    const unitsValue = raw.get(UNITS);
    const name = typeof nameValue === 'string' ? nameValue : `field${num}`;
    this.byId.set(devIndex * 256 + num, {
      key: `${devIndex}:${name}`,
      name,
      units: typeof unitsValue === 'string' ? unitsValue : '',
      baseType: normalizeBaseType(baseType),
    });
    this.version++;
  }

  get(devIndex: number, num: number): DevFieldDescription | undefined {
    return this.byId.get(devIndex * 256 + num);
  }
}

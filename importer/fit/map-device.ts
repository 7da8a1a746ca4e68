// The recording device: the creator's device_info message (device_index
// "creator", which is 0 in the FIT profile), falling back to file_id, which
// names the same device without its software version.
import type { Device } from '../../shared/model';
import { num, str } from './message-fields';
import type { FitMessage } from './types';

// file_id.product and device_info.product carry manufacturer-specific
// sub-fields in the profile; when the manufacturer matches, the reader names
// the product through them.
const PRODUCT_NAME_FIELDS = ['productName', 'garminProduct', 'faveroProduct'] as const;

function isCreator(m: FitMessage): boolean {
  const index = m.deviceIndex;
  return index === 'creator' || index === 0;
}

function productName(m: FitMessage | undefined): string | null {
  for (const key of PRODUCT_NAME_FIELDS) {
    const name = str(m, key);
    if (name !== null) return name;
  }
  const product = num(m, 'product');
  return product === null ? null : String(product);
}

function manufacturerName(m: FitMessage | undefined): string | null {
  const name = str(m, 'manufacturer');
  if (name !== null) return name;
  const id = num(m, 'manufacturer');
  return id === null ? null : `manufacturer ${id}`;
}

/** The device that recorded the file, or null when neither message names one. */
export function mapDevice(fileId: FitMessage | undefined, deviceInfos: readonly FitMessage[]): Device | null {
  const creator = deviceInfos.find(isCreator);
  const manufacturer = manufacturerName(creator) ?? manufacturerName(fileId);
  const product = productName(creator) ?? productName(fileId);
  const serialNumber = num(creator, 'serialNumber') ?? num(fileId, 'serialNumber');
  const software = num(creator, 'softwareVersion');
  if (manufacturer === null && product === null && serialNumber === null) return null;
  return {
    manufacturer,
    product,
    serial: serialNumber === null ? null : String(serialNumber),
    softwareVersion: software === null ? null : String(software),
  };
}

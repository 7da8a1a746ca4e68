// The sensors a FIT file's device_info messages name, which tell a chest strap
// from the watch's wrist sensor and a power meter from none. device_type is a
// sub-field chosen by source_type (FIT profile): local_device_type for the
// device's own sensors (10 = whr, wrist heart rate), antplus_device_type over
// ANT+ (120 = heart_rate, 11 = bike_power), ble_device_type over Bluetooth.
// Old files omit source_type; their device_type is then an ANT+ type.
import type { Sensors } from '../../shared/model';
import { num, str } from './message-fields';
import type { FitMessage } from './types';

const ANT_HEART_RATE = 120;
const ANT_BIKE_POWER = 11;
const LOCAL_WRIST_HR = 10;

function isExternal(m: FitMessage): boolean {
  const source = str(m, 'sourceType');
  return source !== 'local';
}

function isStrap(m: FitMessage): boolean {
  if (str(m, 'antplusDeviceType') === 'heartRate' || str(m, 'bleDeviceType') === 'heartRate') return true;
  return isExternal(m) && str(m, 'sourceType') !== 'bluetoothLowEnergy' && num(m, 'deviceType') === ANT_HEART_RATE;
}

function isWrist(m: FitMessage): boolean {
  return str(m, 'localDeviceType') === 'whr' || (!isExternal(m) && num(m, 'deviceType') === LOCAL_WRIST_HR);
}

function isPowerMeter(m: FitMessage): boolean {
  if (str(m, 'antplusDeviceType') === 'bikePower' || str(m, 'bleDeviceType') === 'cyclingPower') return true;
  return isExternal(m) && str(m, 'sourceType') !== 'bluetoothLowEnergy' && num(m, 'deviceType') === ANT_BIKE_POWER;
}

/** What the file's sensors say, or undefined when it names none of interest. */
export function mapSensors(deviceInfos: readonly FitMessage[]): Sensors | undefined {
  // A watch that lists both used the strap: pairing one turns the wrist sensor off.
  const heartRate = deviceInfos.some(isStrap) ? 'strap' : deviceInfos.some(isWrist) ? 'optical' : null;
  const powerMeter = deviceInfos.some(isPowerMeter);
  return heartRate === null && !powerMeter ? undefined : { heartRate, powerMeter };
}

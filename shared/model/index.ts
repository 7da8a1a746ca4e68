export * from './units';
export * from './sport';
export * from './streams';
export * from './session';
export * from './channel-sources';
export * from './import-result';
export * from './identity';
export * from './sha256';

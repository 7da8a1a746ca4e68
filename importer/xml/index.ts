// Streaming XML scanning for the GPX and TCX parsers.
export { XmlScanner } from './scanner';
export { parseIsoTime } from './iso-time';

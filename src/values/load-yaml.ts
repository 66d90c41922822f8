import { fastScan } from './fast-scan.js';
import { fullParse } from './full-parse.js';
import type { YamlFile } from './model.js';

/**
 * Reads a YAML file into the model: the fast scanner for the common block-style files, the full
 * parser for everything it is unsure about. Malformed YAML is a `UserError` naming the file,
 * line and column, from the full parser.
 */
export function loadYaml(name: string, text: string): YamlFile {
  return fastScan(name, text) ?? fullParse(name, text);
}

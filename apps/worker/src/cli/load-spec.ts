import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getPreset, presetNames } from '@goodhart/experiment';
import { CliError } from './io';

/**
 * The raw spec document a command line argument names: a preset by name, or a JSON file
 * (anything ending in .json or containing a path separator). Not validated here.
 */
export async function loadSpecDocument(target: string, cwd: string): Promise<unknown> {
  if (looksLikeFile(target)) return readJson(resolve(cwd, target));
  if ((presetNames as readonly string[]).includes(target))
    return structuredClone(getPreset(target));
  throw new CliError(
    `unknown preset "${target}"; known presets: ${presetNames.join(', ')}\n(or give a spec file ending in .json)`,
  );
}

function looksLikeFile(target: string): boolean {
  return target.endsWith('.json') || target.includes('/') || target.includes('\\');
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

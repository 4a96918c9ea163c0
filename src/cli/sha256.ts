/** The sha256 that a report gives of each file, so an auditor can prove which bytes were checked. */
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";

/** Files above this size are not hashed (the reader refuses them anyway). */
const HASH_GRENS = 512 * 1024 * 1024;

/**
 * sha256 of a regular file's bytes, or undefined (not a regular file, too large, unreadable: the reader
 * says why). Never opens a device or a pipe, which could block or never end.
 */
export async function sha256(pad: string): Promise<string | undefined> {
  try {
    const s = await stat(pad);
    if (!s.isFile() || s.size > HASH_GRENS) return undefined;
    return createHash("sha256").update(await readFile(pad)).digest("hex");
  } catch {
    return undefined;
  }
}

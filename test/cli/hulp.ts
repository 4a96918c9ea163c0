/** wlz-check's main() in-process with its output captured: the CLI tests' one way to run the command. */
import { main, type Io } from "../../src/cli/wlz-check";

export async function run(args: string[], extra: Partial<Io> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), ...extra });
  return { code, out, err };
}

/**
 * SARIF 2.1.0 for CI systems: the finding codes as rules (name, Dutch help, default level), each finding
 * as a result with the workbook as artifact location and `Blad!Cel` as logical location (and in the
 * message, since a viewer cannot open a cell), a partial fingerprint that survives inserted rows, and a
 * suppression for a finding the baseline accepts. An unreadable file is a tool notification.
 */
import { pathToFileURL } from "node:url";
import { isAbsolute, relative } from "node:path";
import type { Ernst } from "../workbook/controle";
import { CODES, zoekCode } from "./codes";
import type { Bestandsresultaat, Rapportinfo } from "./uitvoer";

const NIVEAU: Record<Ernst, "error" | "warning" | "note"> = { fout: "error", waarschuwing: "warning", info: "note" };

/** A relative path as a relative URI reference (forward slashes, escaped); an absolute one as file: URL. */
export function artefactUri(pad: string, cwd = process.cwd()): string {
  if (isAbsolute(pad)) {
    const rel = relative(cwd, pad);
    if (rel.startsWith("..") || isAbsolute(rel)) return pathToFileURL(pad).href;
    pad = rel;
  }
  return pad.split(/[\\/]/).map(encodeURIComponent).join("/");
}

function blad(naam: string): string {
  return /^[A-Za-z0-9_]+$/.test(naam) ? naam : `'${naam.replace(/'/g, "''")}'`;
}

export function alsSarif(bestanden: Bestandsresultaat[], info: Rapportinfo): string {
  const gebruikt = new Set<string>();
  for (const b of bestanden) if (!("fout" in b)) for (const f of b.resultaat.bevindingen) gebruikt.add(f.code);
  // All known codes, and any code a newer check adds that the catalogue does not have yet.
  const regels = [...CODES.map((c) => c.code), ...[...gebruikt].filter((c) => !zoekCode(c)).sort()];
  const index = new Map(regels.map((c, i) => [c, i]));
  const rules = regels.map((code) => {
    const c = zoekCode(code);
    return {
      id: code,
      name: c?.naam ?? code.toLowerCase(),
      shortDescription: { text: c?.kort ?? code },
      fullDescription: { text: c ? `${c.kort} ${c.uitleg}` : code },
      help: { text: c ? `${c.uitleg} Bron: ${c.bron}. Zie ook: wlz-check --uitleg ${code}` : `Zie wlz-check --uitleg ${code}` },
      defaultConfiguration: { level: NIVEAU[c?.ernst ?? "fout"] },
    };
  });

  const results: unknown[] = [];
  const notifications: unknown[] = [];
  const artifacts: unknown[] = [];
  for (const b of bestanden) {
    const uri = artefactUri(b.file);
    const artefact = artifacts.length;
    artifacts.push({ location: { uri }, ...(b.sha256 ? { hashes: { "sha-256": b.sha256 } } : {}) });
    if ("fout" in b) {
      notifications.push({
        level: "error",
        message: { text: `${b.file}: onleesbaar, niet gecontroleerd: ${b.fout}` },
        locations: [{ physicalLocation: { artifactLocation: { uri, index: artefact } } }],
      });
      continue;
    }
    for (const [i, f] of b.resultaat.bevindingen.entries()) {
      const plek = `${blad(f.sheet)}!${f.cell}`;
      const result: Record<string, unknown> = {
        ruleId: f.code,
        ruleIndex: index.get(f.code),
        level: NIVEAU[f.severity],
        message: { text: `${plek}: ${f.message} (bron: ${f.source})` },
        locations: [{
          physicalLocation: { artifactLocation: { uri, index: artefact } },
          logicalLocations: [{ name: f.cell, fullyQualifiedName: plek, kind: "element" }],
        }],
        properties: {
          sheet: f.sheet, cell: f.cell, source: f.source,
          ...(f.prestatie !== undefined ? { prestatie: f.prestatie } : {}),
          ...(f.verwacht !== undefined ? { verwacht: f.verwacht } : {}),
          ...(f.gevonden !== undefined ? { gevonden: f.gevonden } : {}),
        },
      };
      if (b.vingerafdrukken) result.partialFingerprints = { "wlzCheck/v1": b.vingerafdrukken[i] };
      if (b.geaccepteerd?.[i]) {
        result.suppressions = [{ kind: "external", status: "accepted", justification: "Geaccepteerd in de basislijn (--basislijn)." }];
        result.baselineState = "unchanged";
      }
      results.push(result);
    }
  }
  return `${JSON.stringify({
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "wlz-check", version: info.versie || "0.0.0", language: "nl-NL", rules } },
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      artifacts,
      results,
      language: "nl-NL",
    }],
  }, null, 2)}\n`;
}

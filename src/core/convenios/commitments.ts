// A Compromisos row as a commitment: its stable key, its deadline as a calendar day, whether it is still open.
import { Day } from '../dates';
import { Cell, isBlank, parseDate } from '../parse';
import { hashText, normalizeName } from '../text';
import { Issue } from '../result';
import { CompromisoField } from './columns';
import { TableRow } from '../table';

export type Closure = 'cumplido' | 'cancelado' | 'pendiente';

export interface Commitment {
  /** Survives sorting and inserted rows: the número, or a hash of what the commitment is. */
  key: string;
  row: number;
  numero: string;
  convenio: string;
  estrategia: string;
  aliado: string;
  sector: string;
  iiee: string;
  compromiso: string;
  responsable: string;
  correo: string;
  deadline?: Day;
  closure: Closure;
  /** A cell that could not be read (e.g. a fecha límite that is not a date); the row is still listed. */
  issue?: Issue;
}

/** A cell as one line of text, blank as "". */
export const cellText = (v: Cell): string => (isBlank(v) ? '' : String(v).replace(/\s+/g, ' ').trim());

const CLOSURES: [Closure, string[]][] = [
  ['cumplido', ['cumplido', 'cumplida', 'completado', 'completo', 'hecho', 'terminado', 'concluido', 'ejecutado', 'atendido', 'si']],
  ['cancelado', ['cancelado', 'cancelada', 'anulado', 'desistido', 'no aplica', 'sin efecto']],
];

/** Cumplido and Cancelado close a commitment; any other estado (Pendiente, En proceso, blank) leaves it open. */
export function closureOf(estado: Cell): Closure {
  const s = normalizeName(isBlank(estado) ? '' : estado);
  for (const [closure, words] of CLOSURES) if (words.includes(s)) return closure;
  return 'pendiente';
}

type Identity = Pick<Commitment, 'convenio' | 'estrategia' | 'aliado' | 'iiee' | 'compromiso'>;

/**
 * A hash of the fields that say what a commitment is (convenio, estrategia, aliado, II.EE.,
 * compromiso). Estado, dates, responsable and correo are left out so that updating them keeps it.
 */
const contentHash = (c: Identity): string => hashText([c.convenio, c.estrategia, c.aliado, c.iiee, c.compromiso].map(normalizeName).join('\u001f'));

/**
 * The commitments' keys, which must survive sorting: a número used once is the key itself; a
 * número used by several rows (1, 2, 3 in each convenio) is qualified by the content hash,
 * "1#9f3a…"; a row without número is "#" and the hash. Only rows alike in número and content
 * get "~2", "~3" in order of appearance, since nothing else tells them apart.
 */
function assignKeys(list: (Identity & { numero: string; key: string })[]): void {
  const uses = new Map<string, number>();
  for (const c of list) if (c.numero) uses.set(c.numero, (uses.get(c.numero) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const c of list) {
    const base = !c.numero ? `#${contentHash(c)}` : uses.get(c.numero) === 1 ? c.numero : `${c.numero}#${contentHash(c)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    c.key = n === 1 ? base : `${base}~${n}`;
  }
}

/** Commitments from the rows of a Compromisos table, with keys unique within the sheet. */
export function readCommitments(rows: TableRow<CompromisoField>[], timeZone: string): Commitment[] {
  const list = rows.map(({ row, cells }) => {
    const c: Commitment = {
      key: '',
      row,
      numero: cellText(cells.numero),
      convenio: cellText(cells.convenio),
      estrategia: cellText(cells.estrategia),
      aliado: cellText(cells.aliado),
      sector: cellText(cells.sector),
      iiee: cellText(cells.iiee),
      compromiso: cellText(cells.compromiso),
      responsable: cellText(cells.responsable),
      correo: cellText(cells.correo),
      closure: closureOf(cells.estado),
    };
    if (!isBlank(cells.fechaLimite)) {
      const d = parseDate(cells.fechaLimite, timeZone);
      if (d.ok) c.deadline = d.value;
      else c.issue = { ...d.issue, row };
    }
    return c;
  });
  assignKeys(list);
  return list;
}

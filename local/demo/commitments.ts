// The commitments the UGEL's allies made to its schools (seed 001), with the dates the reminder ladder needs.
import type { CompromisoField } from '../../src/core/convenios/columns';
import { Day, formatDay, partsOfDay } from '../../src/core/dates';
import { Column, DATE_FORMAT, DateValue, dateValue } from '../workbook';
import { Random, driveLink } from './random';
import { BENEFITED_SCHOOLS, School } from './schools';

export const STRATEGIES = ['SOGESAM', 'MEDIAT', 'ESYA', 'Adopto una escuela', 'Redes locales multisectoriales', 'Educhasquis al rescate', 'Guardianes del COMUSET'] as const;
type Strategy = (typeof STRATEGIES)[number];

const TASKS: Record<Strategy, string[]> = {
  SOGESAM: ['Financiar la compra de 30 carpetas unipersonales', 'Donar una computadora portátil por aula', 'Cofinanciar el cerco perimétrico', 'Instalar paneles solares en la dirección'],
  MEDIAT: ['Abastecer de agua con camión cisterna dos veces por semana', 'Trasladar a los estudiantes de los anexos (entrada y salida)', 'Reparar el camino de acceso a la institución', 'Instalar un tanque elevado de 1 100 litros'],
  ESYA: ['Reparar los servicios higiénicos', 'Cambiar las calaminas del aula de inicial', 'Acondicionar el comedor escolar', 'Instalar lavamanos en el patio'],
  'Adopto una escuela': ['Mantenimiento de jardines y áreas verdes', 'Pintado de carpetas y paredes', 'Reparación de puertas y ventanas', 'Faena de limpieza del local escolar'],
  'Redes locales multisectoriales': ['Campaña de salud bucal y desparasitación', 'Taller para familias sobre prevención de la violencia', 'Tamizaje de anemia a los estudiantes'],
  'Educhasquis al rescate': ['Visitar en su domicilio a los estudiantes en riesgo de abandono', 'Acompañar el retorno de los estudiantes que dejaron de asistir', 'Llevar material de lectura a los anexos'],
  'Guardianes del COMUSET': ['Ronda de seguridad en el horario de salida', 'Charla de prevención del consumo de drogas', 'Verificar en la II.EE. el avance de los compromisos'],
};

interface Ally {
  nombre: string;
  sector: string;
  strategies: Strategy[];
  people: [string, string][];
}

/** Eight allies; Teófilo Cutipa's address lacks its domain ending, as it was typed in the acta. */
const ALLIES: Ally[] = [
  { nombre: 'Municipalidad Provincial Jorge Basadre', sector: 'público', strategies: ['SOGESAM', 'MEDIAT', 'Redes locales multisectoriales'], people: [['Ing. Walter Quispe Mamani', 'wquispe@munijorgebasadre.example'], ['Lic. Rosa Condori Ticona', 'rcondori@munijorgebasadre.example']] },
  { nombre: 'Municipalidad Distrital de Ilabaya', sector: 'público', strategies: ['ESYA', 'MEDIAT'], people: [['Arq. Julio Chambilla Flores', 'jchambilla@muniilabaya.example']] },
  { nombre: 'Ejército del Perú, Batallón de Ingeniería', sector: 'público', strategies: ['Adopto una escuela'], people: [['Cap. Renzo Salas Vargas', 'rsalas@ejercito.example']] },
  { nombre: 'Centro de Salud Locumba', sector: 'público', strategies: ['Redes locales multisectoriales', 'Guardianes del COMUSET'], people: [['Obst. Maritza Apaza Coaquira', 'mapaza@saludlocumba.example']] },
  { nombre: 'Minera Sur Andino S.A.', sector: 'privado', strategies: ['SOGESAM', 'ESYA'], people: [['Ing. Carlos Zegarra Núñez', 'czegarra@surandino.example'], ['Lic. Patricia Ordóñez Ríos', 'pordonez@surandino.example']] },
  { nombre: 'Comisaría PNP Locumba', sector: 'público', strategies: ['Guardianes del COMUSET'], people: [['SO1 Edwin Mamani Choque', 'emamani@pnp.example']] },
  { nombre: 'Asociación Aldea Solidaria', sector: 'social', strategies: ['Educhasquis al rescate', 'Redes locales multisectoriales'], people: [['Lic. Nelly Ccama Huanca', 'nccama@aldeasolidaria.example']] },
  { nombre: 'Junta de Usuarios de Riego Locumba', sector: 'social', strategies: ['MEDIAT', 'ESYA'], people: [['Sr. Teófilo Cutipa Ramos', 'tcutipa@riegolocumba']] },
];

/** The addresses in the demo that no mail server accepts: one missing its domain ending, one missing the @. */
export const INVALID_EMAILS = ['tcutipa@riegolocumba', 'rcondori.munijorgebasadre.example'];

/** A commitment as its row is written: one value per field of the Compromisos tracker. */
export type Commitment = { [F in CompromisoField]: F extends 'fechaLimite' | 'fechaCumplimiento' ? DateValue : string };

const OPEN_STATES: [string, number][] = [['Pendiente', 12], ['En proceso', 8], ['EN PROCESO', 1], ['pendiente', 1]];
const EVIDENCE = ['Acta de entrega firmada', 'Fotografías en la carpeta compartida', 'Informe N.° 014-2026-UGEL JB', 'Constancia de la dirección de la II.EE.'];

/** Days from the reference day that the reminder ladder (30, 15, 7, 1, 0) and the weekly overdue repeat must meet. */
export const LADDER_OFFSETS = [0, 0, 1, 1, 7, 7, 15, 15, 30, 30, -7, -14];

/**
 * Commitments of the eight allies to 25 schools of the catalog, with deadlines spread around `today`: overdue,
 * on each step of the reminder ladder, later; some fulfilled or cancelled, two without a date, one
 * impossible date, some dates typed as text.
 */
export function generateCommitments(count: number, schools: School[], today: Day, rnd: Random): Commitment[] {
  const year = partsOfDay(today).year;
  const noDate = new Set([count - 5, count - 9]);
  const badDateAt = Math.floor(count / 2);
  const benefited = schools.slice(0, BENEFITED_SCHOOLS);
  const records = Array.from({ length: count }, (_, i): Omit<Commitment, 'numero'> => {
    const school = i < benefited.length ? benefited[i] : rnd.pick(benefited);
    const ally = i < ALLIES.length ? ALLIES[i] : rnd.pick(ALLIES);
    const estrategia = rnd.pick(ally.strategies);
    const [responsable, correo] = rnd.pick(ally.people);
    const kind = i < LADDER_OFFSETS.length ? 'ladder' : rnd.weighted([['vencido', 12], ['proximo', 12], ['posterior', 34], ['cumplido', 36], ['cancelado', 5]] as const);
    let limit: Day;
    let estado = rnd.weighted(OPEN_STATES);
    let fechaCumplimiento: DateValue;
    let evidencia = '';
    switch (kind) {
      case 'ladder':
        limit = today + LADDER_OFFSETS[i];
        break;
      case 'vencido':
        limit = today - rnd.int(1, 120);
        break;
      case 'proximo':
        limit = today + rnd.int(0, 30);
        break;
      case 'posterior':
        limit = today + rnd.int(31, 300);
        break;
      case 'cumplido':
        limit = today + rnd.int(-200, 120);
        estado = rnd.chance(0.1) ? 'cumplido' : 'Cumplido';
        fechaCumplimiento = Math.min(today - rnd.int(0, 3), limit + rnd.int(-25, 10));
        evidencia = rnd.chance(0.4) ? driveLink(rnd) : rnd.pick(EVIDENCE);
        break;
      case 'cancelado':
        limit = today + rnd.int(-90, 90);
        estado = 'Cancelado';
        evidencia = 'El aliado retiró el compromiso en la mesa de seguimiento';
        break;
    }
    const fechaLimite: DateValue = noDate.has(i) ? undefined : i === badDateAt ? '30/02/2026' : rnd.chance(0.05) ? formatDay(limit) : limit;
    return {
      convenio: estrategia === 'MEDIAT' ? `Mesa de diálogo ${school.distrito}, acta N.° ${rnd.int(1, 6)}-${year}` : `Convenio N.° ${String(ALLIES.indexOf(ally) + 1).padStart(3, '0')}-${year - 1}-UGEL JB`,
      estrategia,
      aliado: ally.nombre,
      sector: ally.sector,
      iiee: school.nombre,
      compromiso: rnd.pick(TASKS[estrategia]),
      responsable,
      correo: correo === 'rcondori@munijorgebasadre.example' && i === count - 1 ? INVALID_EMAILS[1] : correo,
      fechaLimite,
      estado,
      fechaCumplimiento,
      evidencia,
    };
  });
  const rosa = records.findIndex((r, i) => i >= LADDER_OFFSETS.length && r.responsable === 'Lic. Rosa Condori Ticona');
  if (rosa >= 0) records[rosa].correo = INVALID_EMAILS[1];
  return rnd.shuffle(records).map((r, i) => ({ numero: `C-${String(i + 1).padStart(3, '0')}`, ...r }));
}

export const COMMITMENT_COLUMNS: Column<Commitment>[] = [
  { header: 'N.°', value: (c) => c.numero, width: 8 },
  { header: 'Convenio o mesa de diálogo', value: (c) => c.convenio, width: 36 },
  { header: 'Estrategia', value: (c) => c.estrategia, width: 26 },
  { header: 'Aliado', value: (c) => c.aliado, width: 36 },
  { header: 'Sector', value: (c) => c.sector },
  { header: 'II.EE. beneficiaria', value: (c) => c.iiee, width: 32 },
  { header: 'Compromiso', value: (c) => c.compromiso, width: 50 },
  { header: 'Responsable', value: (c) => c.responsable, width: 28 },
  { header: 'Correo', value: (c) => c.correo, width: 34 },
  { header: 'Fecha límite', value: (c) => dateValue(c.fechaLimite), format: DATE_FORMAT, width: 12 },
  { header: 'Estado', value: (c) => c.estado, width: 12 },
  { header: 'Fecha de cumplimiento', value: (c) => dateValue(c.fechaCumplimiento), format: DATE_FORMAT, width: 12 },
  { header: 'Evidencia', value: (c) => c.evidencia || null, width: 40 },
];

// The demo's convenios of the school (seed 000): five stages, each with its product.
import type { ConvenioField } from '../../src/core/convenios/columns';
import { STAGES as CYCLE_STAGES } from '../../src/core/convenios/cycle';
import { Day, addMonths, partsOfDay } from '../../src/core/dates';
import { Column, DATE_FORMAT, DateValue, PERCENT_FORMAT, dateValue } from '../workbook';
import { Random, driveLink } from './random';

/** The five stages as the tracker names them in its drop-down (core's cycle), in order. */
export const STAGES = CYCLE_STAGES.map((s) => s.name);
export type Stage = string;

/**
 * A convenio as its row is written: one value per field of the Convenios tracker. `producto` is a
 * link to the stage's product (Diagnóstico, Programa, Convenio firmado, Reporte, Informe); `fin` is a
 * day or "Indefinida"; the evaluation fields are filled in stage 5 only.
 */
export type Convenio = {
  [F in ConvenioField]: F extends 'firma' | 'inicio' | 'fin'
    ? DateValue
    : F extends 'etapa'
      ? Stage
      : F extends 'cumplimiento'
        ? number | undefined
        : F extends 'producto' | 'cobertura' | 'calidad' | 'pertinencia' | 'equidad'
          ? string | undefined
          : string;
};

const COUNTERPARTS: [contraparte: string, sector: string, apoyo: string, objeto: string][] = [
  ['Universidad Veracruzana, región Orizaba-Córdoba', 'educativo', 'intercambio académico', 'Intercambio académico de docentes y alumnos para talleres de ciencias'],
  ['Instituto Tecnológico de Orizaba', 'educativo', 'prácticas profesionales', 'Prácticas profesionales de los alumnos de Programación en los laboratorios del instituto'],
  ['Cruz Roja Mexicana, delegación Orizaba', 'social', 'servicio social', 'Servicio social de alumnos de quinto semestre en campañas de salud'],
  ['H. Ayuntamiento de Orizaba', 'público', 'actividades culturales, deportivas o recreativas', 'Uso de las instalaciones deportivas municipales para torneos escolares'],
  ['Fundación Educar para Crecer, A.C.', 'social', 'becas', 'Becas de transporte para alumnos de comunidades de la sierra'],
  ['Papelería y Librería del Centro, S.A. de C.V.', 'privado', 'equipo y material didáctico', 'Donación de material didáctico y descuento a alumnos'],
  ['Comisión del Agua del Estado de Veracruz, oficina Orizaba', 'público', 'agua', 'Mantenimiento de la cisterna y análisis de la calidad del agua del plantel'],
  ['Autotransportes del Valle de Orizaba, S.A. de C.V.', 'privado', 'transporte', 'Ruta escolar con tarifa preferente para alumnos'],
  ['DIF Municipal de Río Blanco', 'público', 'estadías', 'Estadías de alumnos de Contabilidad en el área administrativa'],
  ['Casa de la Cultura de Orizaba', 'público', 'intercambio cultural', 'Talleres de danza, teatro y música para alumnos'],
  ['Despacho Contable Ramírez y Asociados, S.C.', 'privado', 'prácticas profesionales', 'Prácticas de contabilidad fiscal para alumnos de quinto semestre'],
  ['Club Deportivo Pico de Orizaba, A.C.', 'privado', 'intercambio deportivo', 'Intercambio deportivo y préstamo de canchas'],
  ['Constructora Citlaltépetl, S.A. de C.V.', 'privado', 'infraestructura', 'Rehabilitación de sanitarios y rampas de acceso'],
  ['Escuela Secundaria General «Ignacio de la Llave»', 'educativo', 'intercambio académico', 'Difusión de la oferta educativa y curso propedéutico'],
  ['Biblioteca Municipal de Ixtaczoquitlán', 'público', 'actividades culturales, deportivas o recreativas', 'Círculos de lectura y préstamo de acervo'],
  ['Centro de Salud Urbano de Orizaba', 'público', 'servicio social', 'Jornadas de salud y vacunación en el plantel'],
  ['Cámara Nacional de Comercio, delegación Orizaba', 'privado', 'becas', 'Becas para hijos de empleados de empresas afiliadas (Plan VIII)'],
  ['Asociación de Padres de Familia del plantel', 'social', 'equipo y material didáctico', 'Equipamiento del laboratorio de cómputo'],
];

const SCHOOL_STAFF: [string, string][] = [
  ['Mtra. Guadalupe Córdoba Ruiz', 'guadalupe.cordoba@bachilleres-orizaba.example'],
  ['Lic. Arturo Méndez Solís', 'arturo.mendez@bachilleres-orizaba.example'],
  ['Ing. Karla Juárez Peña', 'karla.juarez@bachilleres-orizaba.example'],
  ['C.P. Rogelio Ávila Núñez', 'rogelio.avila@bachilleres-orizaba.example'],
];

const IMPACT: [string, number][] = [['Alta', 4], ['Media', 3], ['Baja', 1]];

/**
 * One convenio per counterpart, in every stage. On purpose: one vigencia ended while the estado still
 * says Vigente, two end within the 90-day warning, one was signed eight months ago without a follow-up
 * report, and two stages lack their product.
 */
export function generateConvenios(today: Day, rnd: Random): Convenio[] {
  const stages = rnd.shuffle(
    (['Planeación', 'Planeación', 'Programación', 'Programación', 'Ejecución', 'Ejecución', 'Ejecución', 'Ejecución'] as Stage[]).concat(
      Array<Stage>(6).fill('Seguimiento'),
      Array<Stage>(4).fill('Evaluación'),
    ),
  );
  const signedAgo: Record<Stage, [number, number]> = {
    Planeación: [0, 0],
    Programación: [0, 0],
    Ejecución: [15, 150],
    Seguimiento: [200, 700],
    Evaluación: [500, 1100],
  };
  const convenios = COUNTERPARTS.map(([contraparte, sector, apoyo, objeto], i): Convenio => {
    const etapa = stages[i];
    const [responsable, correo] = rnd.pick(SCHOOL_STAFF);
    const tipo = rnd.chance(0.35) ? 'marco' : 'específico';
    const signed = etapa !== 'Planeación' && etapa !== 'Programación';
    const firma = signed ? today - rnd.int(...signedAgo[etapa]) : undefined;
    const inicio = firma === undefined ? undefined : firma + rnd.int(0, 20);
    const fin: DateValue = inicio === undefined ? undefined : tipo === 'marco' && rnd.chance(0.4) ? 'Indefinida' : addMonths(inicio, 12 * rnd.int(tipo === 'marco' ? 2 : 1, 3));
    const ended = typeof fin === 'number' && fin < today;
    const evaluated = etapa === 'Evaluación';
    return {
      numero: `CV-${partsOfDay(firma ?? today).year}-${String(i + 1).padStart(3, '0')}`,
      objeto,
      contraparte,
      sector,
      tipo,
      apoyo,
      etapa,
      producto: driveLink(rnd),
      firma,
      inicio,
      fin,
      responsable,
      correo,
      estado: !signed ? 'En preparación' : ended && evaluated ? 'Concluido' : 'Vigente',
      cumplimiento: evaluated ? rnd.int(12, 20) * 0.05 : undefined,
      cobertura: evaluated ? rnd.weighted(IMPACT) : undefined,
      calidad: evaluated ? rnd.weighted(IMPACT) : undefined,
      pertinencia: evaluated ? rnd.weighted(IMPACT) : undefined,
      equidad: evaluated ? rnd.weighted(IMPACT) : undefined,
    };
  });
  const inStage = (stage: Stage) => convenios.filter((c) => c.etapa === stage);
  const [followA, followB] = inStage('Seguimiento');
  const [execA, execB] = inStage('Ejecución');
  followA.fin = today + 45;
  followB.fin = today + 12;
  execA.fin = today - 20;
  execB.firma = today - 245;
  execB.inicio = today - 240;
  execB.fin = addMonths(today - 240, 24);
  inStage('Programación')[0].producto = undefined;
  inStage('Seguimiento')[2].producto = undefined;
  return convenios;
}

export const CONVENIO_COLUMNS: Column<Convenio>[] = [
  { header: 'Número', value: (c) => c.numero, width: 13 },
  { header: 'Objeto', value: (c) => c.objeto, width: 50 },
  { header: 'Contraparte', value: (c) => c.contraparte, width: 40 },
  { header: 'Sector', value: (c) => c.sector },
  { header: 'Tipo', value: (c) => c.tipo },
  { header: 'Tipo de apoyo', value: (c) => c.apoyo, width: 28 },
  { header: 'Etapa', value: (c) => c.etapa, width: 13 },
  { header: 'Enlace al producto', value: (c) => c.producto ?? null, width: 30 },
  { header: 'Fecha de firma', value: (c) => dateValue(c.firma), format: DATE_FORMAT, width: 12 },
  { header: 'Fecha de inicio', value: (c) => dateValue(c.inicio), format: DATE_FORMAT, width: 12 },
  { header: 'Fecha de fin', value: (c) => dateValue(c.fin), format: DATE_FORMAT, width: 12 },
  { header: 'Responsable', value: (c) => c.responsable, width: 28 },
  { header: 'Correo', value: (c) => c.correo, width: 36 },
  { header: 'Estado', value: (c) => c.estado, width: 14 },
  { header: 'Cumplimiento', value: (c) => c.cumplimiento ?? null, format: PERCENT_FORMAT },
  { header: 'Incidencia en cobertura', value: (c) => c.cobertura ?? null },
  { header: 'Incidencia en calidad', value: (c) => c.calidad ?? null },
  { header: 'Incidencia en pertinencia', value: (c) => c.pertinencia ?? null },
  { header: 'Incidencia en equidad', value: (c) => c.equidad ?? null },
];

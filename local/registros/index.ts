// The office registers of issue 9 (test/fixtures/registros/), each shaped like a real school's workbook, by scenario name.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { conalepAsistenciaMensual, dgbActaCalificaciones, prepaListaBecas, semsEscalaCien } from './ajenos';
import { cbtisAsistenciaParcial, peruAsistenciaPorGrado, secundariaInasistencias } from './asistencia';
import { becasDictamenComite, particularRelacionBecarios, particularRenovacionBecas } from './becas';
import {
  cbtisConcentradoParciales,
  cetisExportacionSistema,
  cobachPlantelVariasHojas,
  docenteUnaMateria,
  peruActaVigesimal,
  prepaVariosGrupos,
  secundariaConcentradoTrimestral,
} from './calificaciones';

/** Every register of test/fixtures/registros/, by scenario name. */
export const REGISTROS: Record<string, () => ExcelJS.Workbook> = {
  'cbtis-concentrado-parciales': cbtisConcentradoParciales,
  'prepa-varios-grupos': prepaVariosGrupos,
  'secundaria-inasistencias': secundariaInasistencias,
  'docente-una-materia': docenteUnaMateria,
  'becas-dictamen-comite': becasDictamenComite,
  'peru-acta-vigesimal': peruActaVigesimal,
  'cbtis-asistencia-parcial': cbtisAsistenciaParcial,
  'particular-renovacion-becas': particularRenovacionBecas,
  'secundaria-concentrado-trimestral': secundariaConcentradoTrimestral,
  'cobach-plantel-varias-hojas': cobachPlantelVariasHojas,
  'cetis-exportacion-sistema': cetisExportacionSistema,
  'peru-asistencia-por-grado': peruAsistenciaPorGrado,
  'particular-relacion-becarios': particularRelacionBecarios,
  'dgb-acta-calificaciones': dgbActaCalificaciones,
  'conalep-asistencia-mensual': conalepAsistenciaMensual,
  'prepa-lista-becas': prepaListaBecas,
  'sems-escala-cien': semsEscalaCien,
};

export const REGISTROS_DIR = join(__dirname, '../../test/fixtures/registros');

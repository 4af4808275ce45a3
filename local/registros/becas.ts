// Beca registers: a committee's dictamen with one criterion column per plan, a renewal list, the SEP's relación de becarios.
import ExcelJS from 'exceljs';
import { MONEY_FORMAT, PERCENT_FORMAT } from '../workbook';
import { Sheet, Value, signatures, workbookOf } from './grid';

// ---------------------------------------------------------------------------------------------
// 5. Becas dictamen: one criterion column per plan, «Sin beca» and «Ninguna» as plans

type DictamenLine = [matricula: string, nombre: string, plan: Value, promedio: Value, criterio: Partial<Record<'nivel' | 'lugar' | 'comite' | 'anos' | 'parentesco', Value>>, dictamen: string];

const DICTAMEN: DictamenLine[] = [
  ['B2601', 'Andrade Pérez Luisa Fernanda', 'Continuidad', 8.7, { nivel: 'Sí' }, 'Otorgada'],
  ['B2602', 'Bravo Solís Ernesto', 'Plan I', 7.9, { nivel: 'Sí' }, 'Negada'],
  ['B2603', 'Cházaro Luna Montserrat', 'Excelencia', 9.8, { lugar: 'Delfín' }, 'Otorgada'],
  ['B2604', 'Dorantes Mora Gael', 'II', 9.6, { lugar: 2 }, 'Negada'],
  ['B2605', 'Enríquez Tapia Aranza', 'Académica', null, { lugar: '1er lugar' }, 'Otorgada'],
  ['B2606', 'Fuentes Malpica Rubén', 'III', null, { lugar: '3°' }, 'Otorgada'],
  ['B2607', 'Gutiérrez Cano Itzel', 'Parentesco', 8.2, { parentesco: 'Mismo sistema' }, 'Otorgada'],
  ['B2608', 'Hernández Solano Óscar', 'IV', 8, { parentesco: 'No escolarizado' }, 'Otorgada'],
  ['B2609', 'Landa Ruiz Mariel', 'Protección y ayuda mutua', 7.5, { comite: '35 %' }, 'Otorgada'],
  ['B2610', 'Mendoza Prieto Axel', 'Deportiva', 8, { comite: '50%' }, 'Otorgada'],
  ['B2611', 'Ortega Rivas Camila', 'Personal', 8.9, { anos: '5 años' }, 'Otorgada'],
  ['B2612', 'Pacheco Uribe Damián', 'VI', 9, { anos: '2 años de servicio' }, 'Negada'],
  ['B2613', 'Ramírez Ávila Jimena', 'Sin beca', 9.1, {}, '—'],
  ['B2614', 'Sánchez Meza Joaquín', 'Ninguna', 6.8, {}, '—'],
  ['B2615', 'Trujillo Vera Aurora', 'Continuidad', '8,5', { nivel: 'si' }, 'Otorgada'],
  ['B2616', 'Valdés Olmos Bruno', 'Plan VI', 8.1, { anos: '3 años de servicio' }, 'Otorgada'],
  ['B2617', 'Zárate Leal Marisol', 'I y IV', 8.9, { nivel: 'Sí', parentesco: 'Mismo sistema' }, 'En revisión'],
];

export function becasDictamenComite(): ExcelJS.Workbook {
  const s = new Sheet('Dictamen 2026-1', [5, 9, 32, 24, 7, 13, 11, 11, 15, 16, 12]);
  s.title('UNIVERSIDAD DEL GOLFO DE MÉXICO · BACHILLERATO CAMPUS ORIZABA', 'K');
  s.title('COMISIÓN DICTAMINADORA DE BECAS · DICTAMEN DEL PERIODO 2026-1', 'K');
  s.title('Fecha del dictamen: 12/01/2026', 'K');
  s.blank();
  const h = s.header('No.', 'Matrícula', 'Nombre del alumno', 'Tipo beca', 'Prom.', 'CRITERIO SEGÚN EL PLAN', null, null, null, null, 'Dictamen');
  s.header(null, null, null, null, null, 'Nivel anterior en el sistema', 'Lugar', '% beca comité', 'Años serv. padre', 'Parentesco', null);
  s.merge(...['A', 'B', 'C', 'D', 'E', 'K'].map((c) => `${c}${h}:${c}${h + 1}`), `F${h}:J${h}`);
  DICTAMEN.forEach(([m, n, p, avg, c, d], i) => s.row(i + 1, m, n, p, avg, c.nivel ?? null, c.lugar ?? null, c.comite ?? null, c.anos ?? null, c.parentesco ?? null, d));
  s.blank();
  signatures(s, [
    [2, 'Presidente de la Comisión Dictaminadora de Becas', 'Mtro. Joel Ávalos Ferrer'],
    [7, 'Secretaria', 'Lic. Adriana Pozos Lagunes'],
  ]);

  const c = new Sheet('Catálogo de becas', [6, 30, 16, 48, 44]);
  c.header('Plan', 'Nombre', 'Porcentaje', 'Criterio', 'Para renovar');
  c.row('I', 'Continuidad', '10 %', 'Cursó completo el nivel anterior en el sistema', 'Promedio de 8');
  c.row('II', 'Excelencia', '70 %', 'Primer lugar de su carrera y sistema, o Delfín', 'Promedio de 9,5 en ordinario y 25 horas de servicio');
  c.row('III', 'Académica', '60 %, 50 %, 40 %', 'Lugar en el examen (1°, 2°, 3°)', 'Promedio de 9,5 en ordinario');
  c.row('IV', 'Parentesco', '25 %, 20 %, 10 %', 'Mismo sistema, escolarizado o no escolarizado', 'Promedio de 8 en ordinario');
  c.row('V', 'Protección y ayuda mutua', '25 % a 50 %', 'Porcentaje que fija el comité', 'Alumno regular con promedio aprobatorio');
  c.row('VI', 'Personal', '40 %', 'Tres años de servicio del padre o la madre', 'Promedio de 8');
  c.row('VII', 'Deportiva', '25 % a 50 %', 'Porcentaje que fija el comité deportivo', 'No adeudar materias');
  c.row('VIII', 'Empresas complementarias', 'Según convenio', 'Convenio con la empresa', 'Estar al corriente en colegiaturas');
  return workbookOf('Dictamen de becas: una columna de criterio por plan (datos inventados).', [s, c]);
}

// ---------------------------------------------------------------------------------------------
// 8. Bachillerato particular: renewal of becas, a bare «Beca» holding plan names, Nombre(s) before Apellidos

type RenewalLine = [matricula: string, nombre: string, apellidos: string, beca: Value, pct: Value, promedio: Value, adeudadas: Value, adeudo: Value, horas: Value, colegiatura: Value, pago: string];

const RENOVACION: RenewalLine[] = [
  ['250101', 'Ana Karen', 'Solís Ibarra', 'I Continuidad', 0.1, 8.4, 0, 'No', null, 3150, 'Mensual'],
  ['250102', 'Bruno', 'Lagos Ferrer', 'Excelencia', 0.7, 9.7, 0, 'No', 30, 3150, 'Pago anticipado'],
  ['250103', 'Carla', 'Méndez Ugalde', 'II', 0.7, 9.6, 0, 'No', 20, 3150, 'Mensual'],
  ['250104', 'Daniel', 'Nieves Parra', 'Académica', 0.5, 9.4, 0, 'No', 25, 3150, 'Pronto pago'],
  ['250105', 'Elena', 'Olmedo Cruz', 'Parentesco', 0.25, 8.5, 1, 'No', 10, 3150, 'Mensual'],
  ['250106', 'Fabián', 'Peralta Gómez', 'Plan IV', 0.2, 8, 0, 'No', null, 3150, 'Mensual'],
  ['250107', 'Gabriela', 'Quintana Ríos', 'Continuidad', 0.1, 9.1, 0, '$1,575.00', null, 3150, 'Mensual'],
  ['250108', 'Hugo', 'Rivera Lozano', 'Personal', 0.4, 7.8, 0, 'No', null, 3150, 'Mensual'],
  ['250109', 'Irene', 'Sosa Valle', 'Deportiva', 0.3, 7, 1, 'no', null, 3150, 'Mensual'],
  ['250110', 'Jorge', 'Tovar Ayala', 'Protección y ayuda mutua', 0.35, 6.4, 0, 'No', null, 3150, 'Pago anticipado'],
  ['250111', 'Karla', 'Uribe Núñez', 'Sin beca', 0, 8.8, 0, 'No', null, '$3,150.00', 'Mensual'],
  ['250112', 'Luis', 'Vega Ortiz', 'Académica', 0.6, 9.8, null, 'Sí', 40, 3150, 'Mensual'],
];

export function particularRenovacionBecas(): ExcelJS.Workbook {
  const s = new Sheet('Renovación', [10, 14, 18, 24, 10, 10, 10, 12, 10, 13, 16]);
  s.title('INSTITUTO CULTURAL TEPEYAC · BACHILLERATO INCORPORADO A LA SEP', 'K');
  s.title('SOLICITUDES DE RENOVACIÓN DE BECA · PERIODO FEBRERO–JULIO 2026', 'K');
  s.blank();
  s.header('Matrícula', 'Nombre(s)', 'Apellidos', 'Beca', '% otorgado', 'Prom.\nordinario', 'Mat. adeudadas', 'Adeudo colegiatura', 'Horas serv.\nbecario', 'Colegiatura', 'Forma de pago');
  for (const line of RENOVACION) s.row(...line);
  s.format('E', PERCENT_FORMAT).format('J', MONEY_FORMAT);
  s.blank();
  s.row('Total de solicitudes: 12');

  const p = new Sheet('Calendario de pagos', [14, 16, 12]);
  p.header('Mes', 'Fecha límite', 'Importe');
  for (const [m, f] of [['Febrero', '10/02/2026'], ['Marzo', '10/03/2026'], ['Abril', '10/04/2026'], ['Mayo', '11/05/2026'], ['Junio', '10/06/2026'], ['Julio', '10/07/2026']]) p.row(m, f, 3150);
  p.format('C', MONEY_FORMAT);
  return workbookOf('Bachillerato particular: renovación de becas con la colegiatura y la forma de pago (datos inventados).', [s, p]);
}

// ---------------------------------------------------------------------------------------------
// 13. Private school's «Relación de becarios» for the SEP: «Programa de beca» holds the plan, a bare «Beca» the percentage

type BecarioLine = [curp: string, nombre: string, grupo: string, programa: Value, beca: Value, promedio: Value, criterio: Value];

const BECARIOS: BecarioLine[] = [
  ['AARD090612HVZLZGA3', 'Alcántara Ruiz Diego', '4° A', 'I', 0.1, 8.6, 'Sí'],
  ['BOSF090330MVZNNRA8', 'Bonilla Sáenz Frida', '4° A', 'Continuidad', 0.1, 7.9, 'Sí'],
  ['CALP081117HVZRGBA1', 'Cárdenas Lugo Pablo', '4° B', 'No aplica', 0, 9, null],
  ['DEOM090205MVZLCXA6', 'Delgado Ochoa Mía', '4° B', 'Excelencia', 0.7, 9.5, 1],
  ['EIPI100103HVZLZNA0', 'Elizondo Paz Ian', '2° A', 'III', 0.5, null, 'segundo lugar'],
  ['FAIL091024MVZRBXA2', 'Franco Ibarra Lía', '4° A', 'Parentesco', 0.2, 8, 'escolarizado'],
  ['GITS090818MVZLRRA5', 'Gil Treviño Sara', '6° A', 'Deportiva', 0.25, 8.2, '25 %'],
  ['HIVR080729HVZNLLA9', 'Hinojosa Vela Raúl', '6° A', 'Protección y ayuda mutua', 0.5, 7.1, '60 %'],
  ['IAQA090409MVZSRNA4', 'Islas Quiroga Ana', '4° B', 'Personal', 0.4, 9, '4 años'],
  ['JUML081201HVZRNNA7', 'Juárez Montes Leo', '6° A', 'Empresas complementarias', 0.3, 8, null],
];

export function particularRelacionBecarios(): ExcelJS.Workbook {
  const s = new Sheet('Relación de becarios', [5, 21, 28, 9, 24, 8, 9, 16]);
  s.title('COLEGIO AMÉRICA DE XALAPA, A.C. · BACHILLERATO GENERAL INCORPORADO', 'H');
  s.title('RELACIÓN DE ALUMNOS BECADOS · CICLO ESCOLAR 2025-2026 (mínimo 5 % de la matrícula)', 'H');
  s.blank();
  s.header('No.', 'CURP', 'Nombre del alumno', 'Grado y grupo', 'Programa de beca', 'Beca', 'Promedio', 'Criterio');
  BECARIOS.forEach(([c, n, g, pr, b, avg, cr], i) => s.row(i + 1, c, n, g, pr, b, avg, cr));
  s.format('F', PERCENT_FORMAT);
  s.row(null, null, 'Total de becarios: 10');
  s.blank();
  signatures(s, [[2, 'Director técnico', 'Mtro. Everardo Lagunes Pozos']]);

  const r = new Sheet('Resumen', [34, 12]);
  r.row('Alumnos inscritos', 184);
  r.row('Alumnos becados', 10);
  r.row('Porcentaje de becados', 0.054);
  r.format('B', '0.0 %');
  return workbookOf('Bachillerato particular: relación de becarios que se entrega a la SEP (datos inventados).', [s, r]);
}

// The Convenios, Compromisos and II.EE. trackers: their fields, header synonyms, and how their rows are read.
import { FieldSpec } from '../table';

export type ConvenioField =
  | 'numero' | 'objeto' | 'contraparte' | 'sector' | 'tipo' | 'apoyo' | 'etapa' | 'producto' | 'firma' | 'inicio' | 'fin'
  | 'responsable' | 'correo' | 'estado' | 'cumplimiento' | 'cobertura' | 'calidad' | 'pertinencia' | 'equidad';

export type CompromisoField =
  | 'numero' | 'convenio' | 'estrategia' | 'aliado' | 'sector' | 'iiee' | 'compromiso' | 'responsable' | 'correo'
  | 'fechaLimite' | 'estado' | 'fechaCumplimiento' | 'evidencia';

export type IieeField = 'codigo' | 'nombre' | 'nivel' | 'zona' | 'distrito';

/** Seed 000: a convenio with its stage, the stage's product, its dates and the evaluation of stage 5. */
export const CONVENIO_FIELDS: FieldSpec<ConvenioField>[] = [
  { field: 'numero', label: 'Número', synonyms: ['numero', 'n', 'no', 'nro', 'num', 'folio', 'numero de convenio', 'clave'] },
  { field: 'objeto', label: 'Objeto', synonyms: ['objeto', 'objeto del convenio', 'descripcion', 'asunto', 'nombre del convenio'] },
  { field: 'contraparte', label: 'Contraparte', synonyms: ['contraparte', 'institucion', 'organizacion', 'empresa', 'aliado', 'con quien'] },
  { field: 'sector', label: 'Sector', synonyms: ['sector'] },
  { field: 'tipo', label: 'Tipo', synonyms: ['tipo', 'tipo de convenio', 'clase'] },
  { field: 'apoyo', label: 'Tipo de apoyo', synonyms: ['tipo de apoyo', 'apoyo', 'apoyos', 'beneficio'] },
  { field: 'etapa', label: 'Etapa', synonyms: ['etapa', 'fase', 'etapa actual'] },
  { field: 'producto', label: 'Producto de la etapa', synonyms: ['producto de la etapa', 'enlace al producto', 'producto', 'enlace', 'evidencia', 'documento', 'link'] },
  { field: 'firma', label: 'Fecha de firma', synonyms: ['fecha de firma', 'firma', 'firmado el', 'fecha firma'] },
  { field: 'inicio', label: 'Fecha de inicio', synonyms: ['fecha de inicio', 'inicio', 'inicio de vigencia', 'desde'] },
  { field: 'fin', label: 'Fecha de fin', synonyms: ['fecha de fin', 'fin', 'fin de vigencia', 'vigencia', 'vence', 'hasta', 'fecha de termino', 'termino'] },
  { field: 'responsable', label: 'Responsable', synonyms: ['responsable', 'encargado', 'a cargo'] },
  { field: 'correo', label: 'Correo', synonyms: ['correo', 'correo electronico', 'email', 'e mail', 'mail', 'correo del responsable'] },
  { field: 'estado', label: 'Estado', synonyms: ['estado', 'situacion', 'estatus'] },
  { field: 'cumplimiento', label: 'Cumplimiento', synonyms: ['cumplimiento', '% cumplimiento', 'grado de cumplimiento'] },
  { field: 'cobertura', label: 'Incidencia en cobertura', synonyms: ['incidencia en cobertura', 'cobertura'] },
  { field: 'calidad', label: 'Incidencia en calidad', synonyms: ['incidencia en calidad', 'calidad'] },
  { field: 'pertinencia', label: 'Incidencia en pertinencia', synonyms: ['incidencia en pertinencia', 'pertinencia'] },
  { field: 'equidad', label: 'Incidencia en equidad', synonyms: ['incidencia en equidad', 'equidad'] },
];

/** Seed 001: what an ally committed to a school, under which strategy, by when. */
export const COMPROMISO_FIELDS: FieldSpec<CompromisoField>[] = [
  { field: 'numero', label: 'Número', synonyms: ['numero', 'n', 'no', 'nro', 'num', 'item', 'id', 'folio'] },
  { field: 'convenio', label: 'Convenio o mesa de diálogo', synonyms: ['convenio o mesa de dialogo', 'convenio', 'mesa de dialogo', 'mesa', 'acta', 'origen'] },
  { field: 'estrategia', label: 'Estrategia', synonyms: ['estrategia', 'linea', 'programa', 'linea de accion'] },
  { field: 'aliado', label: 'Aliado', synonyms: ['aliado', 'aliado estrategico', 'contraparte', 'institucion aliada', 'entidad', 'cooperante'] },
  { field: 'sector', label: 'Sector', synonyms: ['sector'] },
  { field: 'iiee', label: 'II.EE. beneficiaria', synonyms: ['ii ee beneficiaria', 'ie beneficiaria', 'iiee beneficiaria', 'ii ee', 'iiee', 'ie', 'i e', 'institucion educativa', 'escuela', 'colegio', 'plantel', 'beneficiaria', 'codigo modular', 'cod modular'] },
  { field: 'compromiso', label: 'Compromiso', synonyms: ['compromiso', 'compromiso asumido', 'descripcion', 'accion', 'actividad', 'acuerdo'] },
  { field: 'responsable', label: 'Responsable', synonyms: ['responsable', 'encargado', 'a cargo', 'responsable de seguimiento'] },
  { field: 'correo', label: 'Correo', synonyms: ['correo', 'correo electronico', 'email', 'e mail', 'mail', 'correo del responsable'] },
  { field: 'fechaLimite', label: 'Fecha límite', synonyms: ['fecha limite', 'plazo', 'fecha de vencimiento', 'vence', 'vencimiento', 'fecha compromiso', 'fecha programada', 'fecha'] },
  { field: 'estado', label: 'Estado', synonyms: ['estado', 'situacion', 'estatus', 'avance'] },
  { field: 'fechaCumplimiento', label: 'Fecha de cumplimiento', synonyms: ['fecha de cumplimiento', 'cumplido el', 'fecha cumplimiento', 'fecha de ejecucion'] },
  { field: 'evidencia', label: 'Evidencia', synonyms: ['evidencia', 'medio de verificacion', 'enlace', 'link', 'sustento'] },
];

/** The catalog of schools a UGEL serves: the denominator of "% of II.EE. benefited". */
export const IIEE_FIELDS: FieldSpec<IieeField>[] = [
  { field: 'codigo', label: 'Código modular', synonyms: ['codigo modular', 'cod modular', 'cod mod', 'codigo', 'cm'] },
  { field: 'nombre', label: 'Nombre', synonyms: ['nombre', 'nombre de la ie', 'institucion educativa', 'ii ee', 'ie', 'escuela', 'colegio'] },
  { field: 'nivel', label: 'Nivel', synonyms: ['nivel', 'nivel educativo', 'modalidad'] },
  { field: 'zona', label: 'Zona', synonyms: ['zona', 'area', 'ambito'] },
  { field: 'distrito', label: 'Distrito', synonyms: ['distrito', 'localidad', 'lugar'] },
];

/** Fields without which a sheet is not taken for that tracker. */
export const REQUIRED: { convenios: ConvenioField[]; compromisos: CompromisoField[]; iiee: IieeField[] } = {
  convenios: ['objeto', 'etapa'],
  compromisos: ['compromiso', 'fechaLimite'],
  iiee: ['nombre'],
};

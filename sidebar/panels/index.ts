// The sidebar's panels, in tab order: a new panel is one file in this folder and one line here.
import { alumnos } from './alumnos';
import { configuracion } from './configuracion';
import { convenios } from './convenios';
import type { Panel } from './panel';
import { resumen } from './resumen';

export const PANELS: Panel[] = [alumnos, resumen, convenios, configuracion];

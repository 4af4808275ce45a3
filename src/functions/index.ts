// Every custom function, in the order the Ayuda dialog lists them.
export { BECA, BECA_MOTIVO } from './becas';

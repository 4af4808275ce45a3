// The reminder emails in Spanish: the sentences of a digest and of its Bitácora rows.
import type { EmailSentence } from '../codes';
import { Details, Sentence, count, day, listOf, n, v } from './details';
import { formatNumber } from './format';
import { SENDER_NAME } from './words';

/** The sentences of a reminder email and of the Bitácora rows about it. */
export const EMAIL_SENTENCES = {
  reminder_subject: (d: Details) =>
    `Compromisos al ${day(d, 'today')}: ${[count(d.overdue as number, 'vencido', 'vencidos'), count(d.upcoming as number, 'por vencer', 'por vencer')].filter(Boolean).join(' y ')}`,
  reminder_greeting: (d: Details) => (d.responsable ? `Hola, ${String(d.responsable)}:` : 'Hola:'),
  reminder_intro: (d: Details) => `Estos compromisos a su cargo necesitan atención (fecha de corte ${day(d, 'today')}):`,
  reminder_when: (d: Details) => {
    const left = d.daysLeft as number;
    if (left < 0) return `venció hace ${count(-left, 'día', 'días')}, el ${day(d, 'deadline')}`;
    if (left === 0) return `vence hoy, ${day(d, 'deadline')}`;
    if (left === 1) return `vence mañana, ${day(d, 'deadline')}`;
    return `vence en ${left} días, el ${day(d, 'deadline')}`;
  },
  reminder_no_description: () => '(compromiso sin descripción)',
  reminder_footer: () =>
    `Cuando un compromiso se cumpla, escriba «Cumplido» en su estado y no recibirá más avisos de él. Aviso enviado por el complemento ${SENDER_NAME}.`,
  reminder_bad_address: (d: Details) =>
    `sin correo válido para ${d.responsable ? String(d.responsable) : 'el responsable'}: ${d.invalid ? `${v(d, 'invalid')} no es un correo` : 'la celda Correo está vacía'}`,
  reminder_some_bad_addresses: (d: Details) =>
    `${v(d, 'invalid')} no es un correo: el aviso para ${d.responsable ? String(d.responsable) : 'el responsable'} sale solo a ${String(d.valid)}`,
  reminder_ladder: (d: Details) => {
    const steps = [...new Set(d.steps as number[])].sort((a, b) => b - a);
    const before = steps.filter((x) => x > 0);
    const repeat = d.repeatDays as number;
    const parts = [
      before.length ? `${listOf(before.map((x) => formatNumber(x)))} ${before.length === 1 && before[0] === 1 ? 'día' : 'días'} antes de la fecha límite` : '',
      steps.includes(0) ? 'el mismo día' : '',
      `${repeat === 1 ? 'cada día' : repeat === 7 ? 'cada semana' : `cada ${formatNumber(repeat)} días`} mientras esté vencido`,
    ].filter(Boolean);
    return `Avisos por correo a cada responsable: ${listOf(parts)}.`;
  },
  reminder_deferred: (d: Details) =>
    `no alcanza la cuota diaria de correos (quedan ${n(d, 'quota')} destinatarios y este aviso necesita ${n(d, 'recipients')}): sale en la próxima ejecución`,
  reminder_unconfirmed: () =>
    'la ejecución se detuvo mientras se enviaba este correo y no se sabe si salió: búsquelo en «Enviados» de Gmail; si salió, escriba «Enviado» en Resultado; si no, borre esta fila y el próximo envío lo mandará (mientras diga «Sin confirmar» no se reenvía)',
} satisfies Record<EmailSentence, Sentence>;

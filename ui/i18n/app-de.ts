/** Deutsche Texte der Startseite, der Antwortfelder, der Vergleichsdifferenzen und der Exporte. */
import type { appEn } from './app-en.ts';

export const appDe: { readonly [K in keyof typeof appEn]: string } = {
  tickAxis: 'Tick (Monat)',
};

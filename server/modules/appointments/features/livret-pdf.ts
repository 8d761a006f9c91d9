import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import { renderBookPdf, type BookSection } from '../../../lib/book-pdf';
import { SHARE_SCOPE_LABELS } from '../../../../common/sharing';
import type { TLivret } from '../livret.schema';

const day = (iso: string) => format(new Date(iso), 'd MMMM yyyy', { locale: fr });

const SECTIONS: { kind: TLivret['events'][number]['kind']; title: string }[] = [
  { kind: 'appointment', title: 'Rendez-vous, comptes rendus et émargements' },
  { kind: 'transition', title: 'Étapes du parcours' },
  { kind: 'document', title: 'Documents déposés' },
  { kind: 'plan_item', title: 'Appuis de l’assistance renforcée' },
  { kind: 'agreement', title: 'Accords signés' },
  { kind: 'referral', title: 'Mises en relation avec des partenaires' },
  { kind: 'satisfaction', title: 'Satisfaction' },
];

/** The livret as a PDF for a funder's audit: cover, table of contents, identity, then one section per kind of action. */
export function renderLivretPdf(livret: TLivret, stamp: Date): Promise<Buffer> {
  const entry = (e: TLivret['events'][number]) => [`${day(e.at)} — ${e.title}`, ...e.lines.map((l) => `    ${l}`), ...(e.proofUrl ? [`    Preuve : ${e.proofUrl}`] : [])].join('\n');
  const sections: BookSection[] = [
    {
      title: 'Identité du candidat',
      paragraphs: [`Nom : ${livret.candidate.name}`, `Date de naissance : ${livret.candidate.birthDate ? day(livret.candidate.birthDate) : 'non renseignée'}`, `Adresse électronique : ${livret.candidate.email ?? 'non renseignée'}`, `Certification visée : ${livret.certification}`,
        ...(livret.withheld.length ? [`Parties non partagées avec le lecteur de ce livret : ${livret.withheld.map((w) => SHARE_SCOPE_LABELS[w].toLowerCase()).join(', ')}.`] : []),
      ],
    },
    ...SECTIONS.map((s) => {
      const events = livret.events.filter((e) => e.kind === s.kind);
      return { title: s.title, paragraphs: events.length ? events.map(entry) : ['Aucune action de ce type sur la période.'] };
    }),
    { title: 'Chronologie complète', paragraphs: livret.events.length ? livret.events.map((e) => `${day(e.at)} — ${e.title}`) : ['Aucune action enregistrée.'] },
  ];
  return renderBookPdf({
    title: 'Livret de suivi',
    cover: [livret.candidate.name, livret.certification, `Période : du ${day(livret.period.from)} au ${day(livret.period.to)}`, `Édité le ${day(stamp.toISOString())}`],
    sections,
    stamp,
  });
}

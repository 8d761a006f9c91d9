import { format } from 'date-fns';
import { fr } from 'date-fns/locale';
import type { PathwayState } from '../../../common/pathway';
import type { Deadline } from '../../domain/deadlines';
import type { TMyPathway } from './pathways.schema';

export interface NextActionFacts {
  state: PathwayState;
  cycle: number;
  remainingBlocs: readonly string[];
  jury: { date: Date; place: string } | null;
  deadlines: readonly Deadline[];
}

const day = (d: Date) => format(d, 'd MMMM yyyy', { locale: fr });

/** What the candidate does next, and by when, in plain French. */
export function nextActionFor(f: NextActionFacts): TMyPathway['nextAction'] {
  const due = (kind: Deadline['kind']) => f.deadlines.find((d) => d.kind === kind && d.status !== 'met')?.dueAt ?? null;
  const remaining = f.remainingBlocs.join(', ');
  const act = (who: TMyPathway['nextAction']['who'], text: string, dueAt: Date | null = null) => ({ who, text, dueAt: dueAt?.toISOString() ?? null });
  switch (f.state) {
    case 'information':
      return act('candidate', 'Choisissez avec votre conseiller les blocs visés, puis commencez votre dossier de faisabilité.');
    case 'faisabilite_preparation':
      return act('candidate', 'Complétez votre dossier de faisabilité (Livret 1), joignez-le et déposez-le.');
    case 'faisabilite_filed': {
      const by = due('recevabilite_answer');
      return act('certificateur', `Votre dossier de faisabilité est déposé : le certificateur doit vous répondre${by ? ` avant le ${day(by)}` : ''}.`, by);
    }
    case 'recevable':
      return act('candidate', 'Votre dossier est recevable : commencez la rédaction de votre dossier de validation (Livret 2) avec votre accompagnateur.');
    case 'non_recevable':
      return act('candidate', 'Votre dossier n’a pas été déclaré recevable : voyez avec votre référent comment le reprendre.');
    case 'validation_writing':
      return f.cycle > 1
        ? act('candidate', `Préparez votre dossier de validation (Livret 2) pour le nouveau jury sur les blocs restants : ${remaining}.`)
        : act('candidate', 'Rédigez votre dossier de validation (Livret 2), joignez-le et déposez-le.');
    case 'validation_filed':
      return act('certificateur', 'Votre dossier de validation est déposé : le certificateur va vous convoquer au jury.');
    case 'jury_scheduled':
      return f.jury
        ? act('candidate', `Présentez-vous au jury le ${day(f.jury.date)} à ${format(f.jury.date, 'HH:mm')} (${f.jury.place}).`, f.jury.date)
        : act('certificateur', 'Le certificateur va fixer la date du jury.');
    case 'jury_result_entered':
      return act('accompagnateur', 'Le résultat du jury est connu : faites-en le point avec votre accompagnateur lors de l’entretien post-jury.');
    case 'post_jury':
      return f.remainingBlocs.length > 0
        ? act('candidate', `Préparez un nouveau passage devant le jury pour les blocs restants : ${remaining}.`)
        : act('accompagnateur', 'Tous vos blocs sont validés : votre parcours va être clos avec l’obtention de la certification.');
    case 'closed_certified':
      return act('candidate', 'Félicitations : vous avez obtenu votre certification. Votre parcours est terminé.');
    case 'closed':
      return act('candidate', 'Votre parcours est clos. Contactez votre référent si vous souhaitez le reprendre.');
  }
}

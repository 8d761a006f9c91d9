import { Table } from '@codegouvfr/react-dsfr/Table';
import { TARGET_SERVICE_LABELS } from '../../../../common/targets';
import { count, maskedMoney, money, type MaskedList, type ReportView } from './types';

function ListTable({ caption, list, minCount, column = 'Bénéficiaires' }: { caption: string; list: MaskedList; minCount: number; column?: string }) {
  return <Table caption={caption} headers={['', column]} data={[...list.items.map((i) => [i.label, count(i.count, minCount)]), ['Total', count(list.total, minCount)]]} />;
}

/** The three parts of a report, as tables (masked figures shown as such for a commanditaire). */
export function ReportFigures({ view }: { view: ReportView }) {
  const m = view.minCount;
  const q = view.quantitative;
  const ql = view.qualitative;
  const f = view.financial;
  return (
    <>
      <section aria-labelledby="partie-quantitative" className="fr-mt-4w">
        <h2 id="partie-quantitative">Partie quantitative</h2>
        {view.masked && <p className="fr-text--sm">Les effectifs inférieurs à {m} sont masqués, ainsi que ceux qui permettraient de les retrouver.</p>}
        <ListTable caption="Bénéficiaires par service" list={q.byService} minCount={m} />
        <ListTable caption="Bénéficiaires par profil" list={q.byProfile} minCount={m} />
        <ListTable caption="Bénéficiaires par phase du parcours" list={q.byPhase} minCount={m} />
        <ListTable caption="Bénéficiaires par territoire" list={q.byTerritory} minCount={m} />
        <ListTable caption="Résultats des jurys" list={q.jury} minCount={m} column="Parcours" />
        <ListTable caption="Parcours clos, par motif" list={q.pathwayClosures} minCount={m} column="Parcours" />
        <ListTable caption="Assistances closes, par motif" list={q.assistanceClosures} minCount={m} column="Assistances" />
        <Table caption="Durée moyenne par étape (jours)" headers={['Étape', 'Jours en moyenne']} data={q.durations.map((d) => [d.label, count(d.meanDays, m)])} />
      </section>
      <section aria-labelledby="partie-qualitative" className="fr-mt-4w">
        <h2 id="partie-qualitative">Partie qualitative</h2>
        <ListTable caption="Appuis prévus dans les plans" list={ql.supportsPlanned} minCount={m} column="Appuis" />
        <ListTable caption="Appuis réalisés" list={ql.supportsDelivered} minCount={m} column="Appuis" />
        <ListTable caption="Appuis réalisés dont l’effet est constaté" list={ql.supportsWithEffect} minCount={m} column="Appuis" />
        <Table caption="Satisfaction des candidats" headers={['', 'Valeur']} data={[['Questionnaires reçus', count(ql.satisfaction.answered, m)], ['Note moyenne (sur 5)', count(ql.satisfaction.meanScore, m)]]} />
      </section>
      <section aria-labelledby="partie-financiere" className="fr-mt-4w">
        <h2 id="partie-financiere">Partie financière</h2>
        <Table
          caption="Budget et réalisé par ligne de convention"
          headers={['Service', 'Territoire', 'Objectif', 'Budget', 'Réalisé', 'Valorisation du réalisé']}
          data={[
            ...f.lines.map((l) => [TARGET_SERVICE_LABELS[l.service], l.territory, String(l.quantity), money(l.budgetCents), count(l.realised, m), maskedMoney(l.valueCents, m)]),
            ['Total', '', String(f.lines.reduce((a, l) => a + l.quantity, 0)), money(f.totals.budgetCents), count(f.realisedTotal, m), maskedMoney(f.totals.valueCents, m)],
          ]}
        />
        <Table
          caption="Heures et coût par service"
          headers={['Service', 'Heures', 'Réalisé', 'Budget', 'Valorisation', 'Coût horaire']}
          data={f.services.map((s) => [TARGET_SERVICE_LABELS[s.service], s.hours.toLocaleString('fr-FR'), count(s.realised, m), money(s.budgetCents), maskedMoney(s.valueCents, m), maskedMoney(s.costPerHourCents, m)])}
        />
        <p className="fr-text--sm">Valorisation : le budget de chaque ligne divisé par son objectif donne le prix unitaire convenu ; le réalisé est valorisé à ce prix, dans la limite du budget. Heures : durées des rendez-vous tenus par les structures.</p>
      </section>
    </>
  );
}

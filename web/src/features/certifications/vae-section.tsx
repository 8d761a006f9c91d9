import { Table } from '@codegouvfr/react-dsfr/Table';
import { CertificationCodeLink } from './certification-code-link';
import { formatEuros, formatPercent, FUNDING_ROUTE_LABELS } from './certification-labels';
import type { CertificationEnrichment } from './types';
import { VaeTraining } from './vae-training';

/** A pointer to the registry's VAE jury, shown in "Accès à la certification". */
function RegistryJuryLink() {
  return (
    <p>
      <a href="#jurys">Composition du jury VAE fixée par le registre</a>
    </p>
  );
}

/** The certification an equivalence leads to: its name, its code when known, a link to its record when the catalogue holds it. */
function EquivalenceTarget({ equivalence, codesInCatalogue }: { equivalence: CertificationEnrichment['equivalences'][number]; codesInCatalogue: readonly string[] }) {
  const { target, targetCode } = equivalence;
  if (!targetCode) return target;
  return (
    <CertificationCodeLink code={targetCode} codesInCatalogue={codesInCatalogue}>
      {`${target} (${targetCode})`}
    </CertificationCodeLink>
  );
}

/** What a VAE candidate needs beyond the registry: where to file, the jury, rates, dispenses, bridges, training, prices, sources. */
export function VaeSection(props: {
  enrichment: CertificationEnrichment | null;
  registryVaeJury: boolean;
  /** The codes the catalogue holds: an equivalence's target is linked if it is one. */
  codesInCatalogue: readonly string[];
}) {
  const { enrichment, registryVaeJury } = props;
  if (!enrichment) {
    return (
      <section aria-labelledby="vae" className="fr-mt-6w">
        <h2 id="vae">La VAE pour cette certification</h2>
        <p>Aucune information VAE n’a encore été renseignée par le certificateur.</p>
        {registryVaeJury && <RegistryJuryLink />}
      </section>
    );
  }
  const { vaeFiling, jury, validationRates, training } = enrichment;
  return (
    <section aria-labelledby="vae" className="fr-mt-6w">
      <h2 id="vae">La VAE pour cette certification</h2>
      {vaeFiling && (
        <>
          <h3>Où déposer sa demande</h3>
          <p>{vaeFiling.filingBody}</p>
          <ul>
            {vaeFiling.feasibilityFile && <li>Dossier de recevabilité : {vaeFiling.feasibilityFile}</li>}
            {vaeFiling.validationFile && <li>Dossier de validation : {vaeFiling.validationFile}</li>}
            {vaeFiling.admissibilityDelayMonths != null && <li>Délai de réponse sur la recevabilité : {vaeFiling.admissibilityDelayMonths} mois</li>}
            {vaeFiling.platforms.length > 0 && <li>Plateformes : {vaeFiling.platforms.join(', ')}</li>}
          </ul>
          {vaeFiling.steps.length > 0 && (
            <ol>
              {vaeFiling.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          )}
        </>
      )}
      {(jury || registryVaeJury) && (
        <>
          <h3>Le jury</h3>
          {jury && (
            <>
              <ul>
                {jury.durationMinutes != null && <li>Durée de l’entretien : environ {jury.durationMinutes} minutes</li>}
                {jury.presentationMinutes != null && <li>Présentation libre : environ {jury.presentationMinutes} minutes</li>}
                {jury.composition && <li>Composition : {jury.composition}</li>}
              </ul>
              {jury.description.map((line, i) => (
                <p key={i}>{line}</p>
              ))}
              {jury.outcomes.length > 0 && (
                <ul>
                  {jury.outcomes.map((o, i) => (
                    <li key={i}>{o}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          {registryVaeJury && <RegistryJuryLink />}
        </>
      )}
      {validationRates && (
        <>
          <h3>Résultats de la VAE</h3>
          <Table
            caption="Taux de validation par la VAE"
            noCaption
            headers={['Validation totale', 'Validation partielle', 'Aucune validation', 'Source']}
            data={[[formatPercent(validationRates.total), formatPercent(validationRates.partial), formatPercent(validationRates.refusal), validationRates.source ?? '—']]}
          />
        </>
      )}
      {enrichment.validationConditions.length > 0 && (
        <>
          <h3>Conditions de validation</h3>
          <ul>
            {enrichment.validationConditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {enrichment.dispenses.length > 0 && (
        <>
          <h3>Dispenses</h3>
          <ul>
            {enrichment.dispenses.map((d, i) => (
              <li key={i}>
                {d.description}
                {d.condition ? ` (${d.condition})` : ''}
                {d.reference ? ` – référence : ${d.reference}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {(enrichment.equivalences.length > 0 || enrichment.furtherStudies.length > 0) && (
        <>
          <h3>Passerelles et poursuites d’études</h3>
          <ul>
            {enrichment.equivalences.map((e, i) => (
              <li key={`e${i}`}>
                <EquivalenceTarget equivalence={e} codesInCatalogue={props.codesInCatalogue} /> : {e.description}
                {e.modulesExempted != null && e.modulesTotal != null ? ` (${e.modulesExempted} modules sur ${e.modulesTotal} dispensés)` : ''}
              </li>
            ))}
            {enrichment.furtherStudies.map((f, i) => (
              <li key={`f${i}`}>
                {f.description}
                {f.targetLevel != null ? ` – certification de niveau ${f.targetLevel}` : ''}
                {f.reference && !f.description.includes(f.reference) ? ` (référence ${f.reference})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {training && <VaeTraining training={training} />}
      {enrichment.prices.length > 0 && (
        <>
          <h3>Tarifs</h3>
          <Table
            caption="Tarifs de l’accompagnement et de la formation"
            noCaption
            headers={['Prestation', 'Financement', 'Public', 'Prestataire', 'Montant']}
            data={enrichment.prices.map((p) => [
              p.label,
              p.fundingRoute ? FUNDING_ROUTE_LABELS[p.fundingRoute] : '—',
              p.audience ?? '—',
              p.provider ?? '—',
              `${formatEuros(p.amountEuros)}${p.unit === 'hour' ? ' de l’heure' : ''}${p.taxIncluded === false ? ' HT' : p.taxIncluded ? ' TTC' : ''}`,
            ])}
          />
        </>
      )}
      {enrichment.sources.length > 0 && (
        <>
          <h3>Sources de ces informations</h3>
          <ul>
            {enrichment.sources.map((s, i) => (
              <li key={i}>
                {s.document}
                {s.note ? ` : ${s.note}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

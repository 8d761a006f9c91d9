import './upload-progress-bar.css';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId } from 'react';
import { progressLabel, progressValueText, uploadPercent, type UploadProgress } from './upload-progress';

/**
 * "Envoi du fichier : 45 % (230 Mo sur 510 Mo)" above a native progress bar (role progressbar,
 * named by that label), and the button that cancels the upload. Screen readers hear the steps
 * through the live region of the page (every 10 %), not each redraw.
 */
export function UploadProgressBar({ progress, onCancel }: { progress: UploadProgress; onCancel: () => void }) {
  const id = useId();
  const percent = uploadPercent(progress);
  return (
    <div className="fr-mt-3w">
      <label className="fr-label" htmlFor={id}>
        {progressLabel(progress)}
      </label>
      <progress id={id} className="jalon-upload-progress" max={100} value={percent} aria-valuetext={progressValueText(progress)}>
        {percent} %
      </progress>
      <Button type="button" priority="secondary" size="small" iconId="fr-icon-close-line" iconPosition="left" onClick={onCancel}>
        Annuler l’envoi
      </Button>
    </div>
  );
}

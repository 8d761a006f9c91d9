import { assessPassword, PASSWORD_RULE_TEXT } from '../auth/password-rule';

/**
 * The live list of password criteria, referenced by the password field's aria-describedby.
 * It is not a live region: announcing every keystroke would be noisy.
 */
export function PasswordRules({ id, password }: { id: string; password: string }) {
  const { criteria, valid } = assessPassword(password);
  return (
    <div id={id} className="fr-messages-group fr-mb-3w">
      <p className="fr-message fr-mb-1v">{PASSWORD_RULE_TEXT}</p>
      <ul className="fr-text--sm jalon-password-rules">
        {criteria.map((criterion) => (
          <li key={criterion.id} className={`fr-message ${criterion.met ? 'fr-message--valid' : 'fr-message--info'}`}>
            {criterion.label}
            <span className="fr-sr-only">{criterion.met ? ' : respecté' : ' : non respecté'}</span>
          </li>
        ))}
      </ul>
      {password !== '' && (
        <p className={`fr-message ${valid ? 'fr-message--valid' : 'fr-message--info'}`}>
          {valid ? 'Le mot de passe respecte la règle.' : 'Le mot de passe ne respecte pas encore la règle.'}
        </p>
      )}
    </div>
  );
}

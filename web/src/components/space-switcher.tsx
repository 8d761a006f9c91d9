import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { spaceId, spaceOptionLabel } from '../auth/spaces';
import { focusPageTitleSoon } from './focus-title';
import { useMediaQuery } from './use-media-query';

/** The DSFR header shows its quick access items in the burger menu below the lg breakpoint. */
const MOBILE_HEADER_QUERY = '(max-width: 61.99em)';

/**
 * Selector of the active space, shown in the header quick access area for people with more
 * than one space. Choosing an option changes nothing by itself (RGAA 7.4): the "Changer"
 * button switches the space and opens its home page.
 *
 * The header renders quick access items twice (desktop, and the burger menu) with distinct
 * ids (`…-mobile` for the latter); only the copy for the current layout is rendered, so the
 * page never holds two "Espace actif" fields.
 */
export function SpaceSwitcher({ id = 'space-switcher' }: { id?: string }) {
  const { spaces, activeSpace, setActiveSpaceId } = useAuth();
  const isMobileLayout = useMediaQuery(MOBILE_HEADER_QUERY);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [choice, setChoice] = useState<string | null>(null);
  if (spaces.length < 2 || activeSpace === null) return null;
  if (id.endsWith('-mobile') !== isMobileLayout) return null;

  const current = spaceId(activeSpace);
  const selected = choice ?? current;
  const selectId = `${id}-select`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChoice(null);
    if (selected === current) return;
    setActiveSpaceId(selected);
    if (pathname === '/') focusPageTitleSoon();
    else void navigate('/');
  };

  return (
    <form id={id} className="jalon-space-switcher" onSubmit={onSubmit}>
      <label className="fr-label" htmlFor={selectId}>
        Espace actif
      </label>
      <select id={selectId} className="fr-select" value={selected} onChange={(event) => setChoice(event.target.value)}>
        {spaces.map((space) => (
          <option key={spaceId(space)} value={spaceId(space)}>
            {spaceOptionLabel(space)}
          </option>
        ))}
      </select>
      <button type="submit" className="fr-btn fr-btn--sm fr-btn--secondary" aria-label="Changer d'espace">
        Changer
      </button>
    </form>
  );
}

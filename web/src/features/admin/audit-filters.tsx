import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/text-field';
import { AUDIT_EVENT_LABELS } from '../../labels';

interface AuditFilterValues {
  eventType: string;
  entityType: string;
}

export function AuditFilters(props: AuditFilterValues & { onApply: (values: AuditFilterValues) => void }) {
  const [eventType, setEventType] = useState(props.eventType);
  const [entityType, setEntityType] = useState(props.entityType);
  const known = Object.entries(AUDIT_EVENT_LABELS);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onApply({ eventType, entityType: entityType.trim() });
  };
  return (
    <form onSubmit={onSubmit} role="search" aria-label="Filtrer le journal d'audit" className="jalon-filters">
      <Select label="Type d'événement" nativeSelectProps={{ name: 'eventType', value: eventType, onChange: (e) => setEventType(e.target.value) }}>
        <option value="">Tous les événements</option>
        {known.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        {eventType !== '' && !(eventType in AUDIT_EVENT_LABELS) && <option value={eventType}>{eventType}</option>}
      </Select>
      <TextField
        label="Type d'entité"
        hint="Par exemple : user, organisation, membership"
        name="entityType"
        value={entityType}
        onChange={setEntityType}
        spellCheck={false}
      />
      <Button type="submit">Filtrer</Button>
    </form>
  );
}

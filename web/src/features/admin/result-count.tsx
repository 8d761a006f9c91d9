/** "12 organisations" — announced politely when the list changes. */
export function ResultCount(props: { total: number; singular: string; plural: string; empty: string }) {
  const { total, singular, plural, empty } = props;
  return (
    <p role="status" className="fr-mb-2w">
      {total === 0 ? empty : `${total.toLocaleString('fr-FR')} ${total > 1 ? plural : singular}`}
    </p>
  );
}

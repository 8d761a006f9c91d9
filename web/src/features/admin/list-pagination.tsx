import { Pagination } from '@codegouvfr/react-dsfr/Pagination';

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** DSFR pagination whose links change the `page` query parameter. */
export function ListPagination(props: { total: number; page: number; pageSize: number; pageHref: (page: number) => string }) {
  const count = pageCount(props.total, props.pageSize);
  if (count <= 1) return null;
  return (
    <Pagination
      className="fr-mt-3w"
      count={count}
      defaultPage={Math.min(props.page, count)}
      showFirstLast
      getPageLinkProps={(pageNumber) => ({ to: props.pageHref(pageNumber) })}
    />
  );
}

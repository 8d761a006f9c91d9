import { describe, expect, it } from 'vitest';
import { apiQuery, readSearch, searchHref } from './search-params';

describe('certification search in the address', () => {
  it('reads the address into values and the API query', () => {
    const { values, page } = readSearch(new URLSearchParams('q=conseiller&level=5&kind=rs&vaeOpen=1&inactive=1&page=3'));
    expect(page).toBe(3);
    expect(apiQuery(values, page)).toMatchObject({ q: 'conseiller', level: '5', kind: 'rs', vaeOpen: true, activeOnly: false, hasBlocs: undefined, page: 3 });
  });

  it('writes only filled values, and the page past the first', () => {
    expect(searchHref({ q: ' aide soignant ', rome: '', level: '4' })).toBe('/certifications?q=aide+soignant&level=4');
    expect(searchHref({}, 2)).toBe('/certifications?page=2');
    expect(searchHref({})).toBe('/certifications');
  });

  it('falls back to page 1 for a bad page number', () => {
    expect(readSearch(new URLSearchParams('page=abc')).page).toBe(1);
    expect(readSearch(new URLSearchParams('page=-4')).page).toBe(1);
  });
});

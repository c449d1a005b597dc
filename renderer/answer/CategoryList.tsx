// The kinds of data an item covers, each with its pictogram beside its words.
import type { TFunction } from 'i18next';
import type { Category } from '../../rules/index.ts';
import { CategoryIcon } from './CategoryIcon.tsx';

export function CategoryList({ categories, t }: { categories: readonly Category[]; t: TFunction }) {
  return (
    <ul className="category-list">
      {categories.map((c) => (
        <li key={c} data-category={c}>
          <CategoryIcon category={c} />
          <span>{t(`category.${c}`)}</span>
        </li>
      ))}
    </ul>
  );
}

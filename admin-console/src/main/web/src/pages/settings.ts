// Settings: every configurable component's form, generated from GET settings (Metatype), with a filter to find one.
import { call } from '@parley/web-kit/api';
import { h } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { PidMeta } from '../settings/model';
import { settingsForm } from '../settings/form';

export async function renderSettings(main: HTMLElement): Promise<Stop> {
  const all = await call<PidMeta[]>('GET', 'settings');
  const filter = h('input', { type: 'search', id: 'settings-filter', 'data-testid': 'settings-filter',
    autocomplete: 'off' });
  const list = h('div', { 'data-testid': 'settings-list' });
  const sections = all.map((meta) => {
    const details = h('details', { class: 'settings-item', 'data-pid': meta.pid },
      h('summary', { 'data-testid': 'settings-open' }, meta.name || meta.pid, ' ',
        h('span', { class: 'muted' }, meta.pid), meta.readOnly ? h('span', { class: 'tag' }, 'file') : null,
        meta.problems.length > 0 ? h('span', { class: 'tag tag-bad' }, 'problems') : null));
    // Drawn when first opened, so the page stays light with many components.
    details.addEventListener('toggle', () => {
      if (details.open && details.children.length === 1) {
        details.append(settingsForm(meta));
      }
    });
    return details;
  });
  list.append(...sections);
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLowerCase();
    all.forEach((meta, index) => {
      const text = `${meta.name} ${meta.pid} ${meta.description ?? ''}`.toLowerCase();
      sections[index].hidden = words !== '' && !text.includes(words);
    });
  });
  main.append(h('h1', {}, 'Settings'),
    h('p', {}, 'Every component\'s settings, with their descriptions and defaults. Saving sends only what you '
      + 'changed; a value the component refuses is shown next to its field and nothing of that form is applied.'),
    h('div', { class: 'field' }, h('label', { for: 'settings-filter' }, 'Find a setting'), filter),
    list);
  return () => undefined;
}

// The generated form of one named PID on a page of its own topic (Policies, System, Directory), or a note when the
// component that owns it is not running (its PID is then unknown to the settings REST: 404).
import { ApiError, call } from '@parley/web-kit/api';
import { h } from '@parley/web-kit/dom';
import { PidMeta } from './model';
import { settingsForm } from './form';

export async function pidSection(pid: string, intro: string): Promise<HTMLElement> {
  try {
    const meta = await call<PidMeta>('GET', `settings/${pid}`);
    return settingsForm(meta, intro);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) {
      throw error;
    }
    return h('section', { class: 'card' }, h('h2', {}, pid),
      h('p', { class: 'muted' }, 'The component that owns these settings is not running.'));
  }
}

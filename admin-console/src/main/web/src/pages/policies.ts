// Policies: the organisation's rules, gathered on one page from the settings PIDs that hold them, drawn with the
// same generated form as the Settings page.
import { h } from '@parley/web-kit/dom';
import { Stop } from '../shell/routes';
import { pidSection } from '../settings/pid-form';

const POLICIES: { pid: string; intro: string }[] = [
  { pid: 'org.parley.auth.Sessions', intro: 'How long people stay signed in without doing anything, the longest a '
    + 'session may last, and the notice shown on the sign-in page.' },
  { pid: 'org.parley.auth.PasswordPolicy', intro: 'Rules for local passwords (NIST SP 800-63B: length and a '
    + 'common-password check, no forced expiry).' },
  { pid: 'org.parley.auth.BruteForce', intro: 'How repeated failed sign-ins are slowed down and accounts locked.' },
  { pid: 'org.parley.auth.Mfa', intro: 'Which roles must use a second factor (TOTP).' },
  { pid: 'org.parley.meetings.Policy', intro: 'What every meeting must follow: guests, passcodes, waiting room, '
    + 'the most participants.' },
];

export async function renderPolicies(main: HTMLElement): Promise<Stop> {
  main.append(h('h1', {}, 'Policies'));
  for (const policy of POLICIES) {
    main.append(await pidSection(policy.pid, policy.intro));
  }
  return () => undefined;
}
